namespace ClusterScope.Domain.Submissions;

/// <summary>A zone's reported figures on their way to the province: a draft until a reviewer approves it.</summary>
/// <remarks>Maker-checker: the reviewer must be someone other than the submitter. Only approved figures become
/// observations, so nothing else in the system sees a pending figure.</remarks>
public sealed class Submission
{
    /// <summary>Surrogate key, shown to users as the submission's number.</summary>
    public long Id { get; set; }

    /// <summary>The zone the figures are reported for.</summary>
    public required string ZoneCode { get; set; }

    /// <summary>The periods the figures cover, comma-separated and sorted (for lists).</summary>
    public required string Periods { get; set; }

    /// <summary>The uploaded file's name.</summary>
    public required string FileName { get; set; }

    /// <summary>The submitter's user name.</summary>
    public required string SubmittedBy { get; set; }

    /// <summary>When it was submitted (UTC).</summary>
    public DateTime SubmittedAtUtc { get; set; }

    /// <summary>Where it stands.</summary>
    public SubmissionStatus Status { get; set; }

    /// <summary>Who approved, rejected or withdrew it.</summary>
    public string? ReviewedBy { get; set; }

    /// <summary>When it was approved, rejected or withdrawn (UTC).</summary>
    public DateTime? ReviewedAtUtc { get; set; }

    /// <summary>Why it was rejected.</summary>
    public string? Reason { get; set; }

    /// <summary>Optimistic-concurrency token, bumped on every change.</summary>
    public int Version { get; set; }

    /// <summary>The reported figures.</summary>
    public List<SubmissionFigure> Figures { get; set; } = [];

    /// <summary>The plausibility flags found when it was submitted.</summary>
    public List<SubmissionFlag> Flags { get; set; } = [];
}
