using ClusterScope.Domain.Registry;

namespace ClusterScope.Domain.Submissions;

/// <summary>One reported value of a submission; becomes (or replaces) an observation when the submission is approved.</summary>
public sealed class SubmissionFigure
{
    /// <summary>Surrogate key.</summary>
    public long Id { get; set; }

    /// <summary>The submission it belongs to.</summary>
    public long SubmissionId { get; set; }

    /// <summary>The row of the uploaded file it came from (the header is row 1).</summary>
    public int Row { get; set; }

    /// <summary>The kind of entity.</summary>
    public EntityKind EntityKind { get; set; }

    /// <summary>The entity's code.</summary>
    public required string EntityCode { get; set; }

    /// <summary>The indicator's code.</summary>
    public required string IndicatorCode { get; set; }

    /// <summary>The period.</summary>
    public required string Period { get; set; }

    /// <summary>The reported value, in the indicator's unit.</summary>
    public double Value { get; set; }

    /// <summary>The status the observation takes.</summary>
    public ObservationStatus Status { get; set; }

    /// <summary>Real or sample.</summary>
    public Provenance Provenance { get; set; }

    /// <summary>The source named in the file.</summary>
    public string? Source { get; set; }

    /// <summary>The approved value this figure replaced, kept when the submission was approved; null when it added a new one.</summary>
    public double? ReplacedValue { get; set; }
}
