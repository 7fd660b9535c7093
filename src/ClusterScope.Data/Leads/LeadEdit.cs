namespace ClusterScope.Data.Leads;

/// <summary>The fields of a lead a user creates or edits (the stage and the verification move by their own actions).</summary>
public sealed record LeadEdit
{
    /// <summary>The company's name.</summary>
    public string? CompanyName { get; init; }

    /// <summary>Unified social credit code, when known.</summary>
    public string? CreditCode { get; init; }

    /// <summary>The registry enterprise, when the lead is about one.</summary>
    public string? EnterpriseCode { get; init; }

    /// <summary>The imported candidate it came from.</summary>
    public string? CandidateCode { get; init; }

    /// <summary>Where the company comes from.</summary>
    public string? Origin { get; init; }

    /// <summary>The zone it would land in (and which owns the lead).</summary>
    public string? ZoneCode { get; init; }

    /// <summary>The cluster of that zone it would join.</summary>
    public string? ClusterCode { get; init; }

    /// <summary>The chain template code.</summary>
    public string? ChainCode { get; init; }

    /// <summary>The chain segment.</summary>
    public string? SegmentCode { get; init; }

    /// <summary>Expected investment, 100 million CNY.</summary>
    public double? ExpectedInvestment { get; init; }

    /// <summary>Expected jobs.</summary>
    public int? ExpectedJobs { get; init; }

    /// <summary>Expected yearly output, 100 million CNY.</summary>
    public double? ExpectedOutput { get; init; }

    /// <summary>The next action.</summary>
    public string? NextAction { get; init; }

    /// <summary>When the next action is due.</summary>
    public DateOnly? NextActionDue { get; init; }

    /// <summary>Notes.</summary>
    public string? Notes { get; init; }
}
