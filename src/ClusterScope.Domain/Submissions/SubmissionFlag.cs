using ClusterScope.Domain.Registry;

namespace ClusterScope.Domain.Submissions;

/// <summary>A plausibility check that a submitted figure failed, kept with the submission for its reviewer.</summary>
/// <remarks>A flag warns, it does not refuse: the reviewer may approve regardless, or an admin may dismiss it with a reason.</remarks>
public sealed class SubmissionFlag
{
    /// <summary>Surrogate key.</summary>
    public long Id { get; set; }

    /// <summary>The submission it belongs to.</summary>
    public long SubmissionId { get; set; }

    /// <summary>The rule's name.</summary>
    public required string Rule { get; set; }

    /// <summary>The kind of entity flagged.</summary>
    public EntityKind EntityKind { get; set; }

    /// <summary>The entity flagged.</summary>
    public required string EntityCode { get; set; }

    /// <summary>The indicator, when the rule concerns one.</summary>
    public string? IndicatorCode { get; set; }

    /// <summary>The period, when the rule concerns one.</summary>
    public string? Period { get; set; }

    /// <summary>What looks wrong, in English, with the numbers.</summary>
    public required string Message { get; set; }

    /// <summary>The same in Chinese.</summary>
    public required string MessageZh { get; set; }

    /// <summary>The numbers the rule compared, as a JSON object of name to value.</summary>
    public required string NumbersJson { get; set; }

    /// <summary>Who dismissed it.</summary>
    public string? DismissedBy { get; set; }

    /// <summary>When it was dismissed (UTC).</summary>
    public DateTime? DismissedAtUtc { get; set; }

    /// <summary>Why it was dismissed.</summary>
    public string? DismissalReason { get; set; }
}
