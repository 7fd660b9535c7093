namespace ClusterScope.Domain.Programmes;

/// <summary>One version of a support programme: who owns it, what it rests on, its money and its eligibility rules.</summary>
/// <remarks>Versions are immutable: a change makes a new <see cref="Version"/>, so decisions taken under an earlier
/// version keep the rules they were taken by.</remarks>
public sealed record Programme
{
    /// <summary>Stable code shared by all versions, e.g. <c>jl-rd-subsidy</c>.</summary>
    public required string Code { get; init; }

    /// <summary>Version number, from 1.</summary>
    public required int Version { get; init; }

    /// <summary>Chinese name.</summary>
    public required string NameZh { get; init; }

    /// <summary>English name.</summary>
    public required string NameEn { get; init; }

    /// <summary>The department that runs the programme, in Chinese.</summary>
    public required string OwnerDepartmentZh { get; init; }

    /// <summary>The department that runs the programme, in English.</summary>
    public required string OwnerDepartmentEn { get; init; }

    /// <summary>The document the programme rests on.</summary>
    public required LegalBasis LegalBasis { get; init; }

    /// <summary>First day the programme applies.</summary>
    public required DateOnly PeriodStart { get; init; }

    /// <summary>Last day the programme applies; null while it has no end date.</summary>
    public DateOnly? PeriodEnd { get; init; }

    /// <summary>Money available, in yuan.</summary>
    public required ProgrammeBudget Budget { get; init; }

    /// <summary>Who the programme is for, in English words (e.g. "small and medium enterprises").</summary>
    public IReadOnlyList<string> TargetGroupsEn { get; init; } = [];

    /// <summary>Who the programme is for, in Chinese, in the same order.</summary>
    public IReadOnlyList<string> TargetGroupsZh { get; init; } = [];

    /// <summary>The eligibility rule: one clause or a combination of clauses.</summary>
    public required Clause Eligibility { get; init; }

    /// <summary>How the budget is shared among eligible enterprises.</summary>
    public required AllocationRule Award { get; init; }

    /// <summary>Most one enterprise may receive in one year, in yuan; null when uncapped.</summary>
    public decimal? PerEnterpriseCap { get; init; }

    /// <summary>Whether the programme pays without an application.</summary>
    public PaymentMode Payment { get; init; }

    /// <summary>Published figures about the programme, each with its source.</summary>
    public IReadOnlyList<ProgrammeFact> Facts { get; init; } = [];

    /// <summary>What the definition rests on and what is illustrative, in English.</summary>
    public string? NoteEn { get; init; }

    /// <summary>The same note in Chinese.</summary>
    public string? NoteZh { get; init; }

    /// <summary>Whether the programme applies in <paramref name="year"/>.</summary>
    public bool Covers(int year) => PeriodStart.Year <= year && (PeriodEnd is null || year <= PeriodEnd.Value.Year);
}
