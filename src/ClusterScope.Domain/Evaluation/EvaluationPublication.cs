namespace ClusterScope.Domain.Evaluation;

/// <summary>The publication of a stored evaluation run: from then on everyone may read it, not only admins and analysts.</summary>
/// <remarks>A run is published once and for good; like the run, the publication is never changed.</remarks>
public sealed class EvaluationPublication
{
    /// <summary>Surrogate key.</summary>
    public int Id { get; set; }

    /// <summary>The published run.</summary>
    public int RunId { get; set; }

    /// <summary>Who published it.</summary>
    public required string PublishedBy { get; set; }

    /// <summary>When, in UTC.</summary>
    public DateTime PublishedAtUtc { get; set; }
}
