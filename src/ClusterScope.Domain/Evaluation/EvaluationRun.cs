namespace ClusterScope.Domain.Evaluation;

/// <summary>A stored evaluation: the framework as evaluated, the exact data used, the options and the results.</summary>
/// <remarks>Immutable once saved (the database context refuses updates and deletes): everything needed to compute the
/// results again is kept in the run itself, so a re-run reproduces <see cref="ResultsJson"/> byte for byte, and a run can
/// be exported as a data file and a framework file for <c>clusterscope evaluate</c>.</remarks>
public sealed class EvaluationRun
{
    /// <summary>Database key; the run number shown to users.</summary>
    public int Id { get; set; }

    /// <summary>Code of the framework evaluated.</summary>
    public required string FrameworkCode { get; set; }

    /// <summary>Version of the framework evaluated.</summary>
    public required string FrameworkVersion { get; set; }

    /// <summary>The period evaluated, e.g. <c>2017</c>.</summary>
    public required string Period { get; set; }

    /// <summary>The framework's JSON as evaluated.</summary>
    public required string FrameworkJson { get; set; }

    /// <summary>The data used: <c>[{"unit","indicator","value"}...]</c> in the order evaluated (see <c>RunSnapshot</c>).</summary>
    public required string DataJson { get; set; }

    /// <summary>Units' groups and previous ranks used, as JSON (see <c>RunSnapshot</c>).</summary>
    public required string InputsJson { get; set; }

    /// <summary>Monte Carlo replications.</summary>
    public int Replications { get; set; }

    /// <summary>Monte Carlo seed.</summary>
    public int Seed { get; set; }

    /// <summary>Whether units were grouped (development zones by level: national, provincial).</summary>
    public bool Grouped { get; set; }

    /// <summary>Id of the earlier run whose ranks the "most improved" awards compare with, if any.</summary>
    public int? PreviousRunId { get; set; }

    /// <summary>The results as JSON (scores, ranks, rank intervals, awards, exclusions, coherence, notes).</summary>
    public required string ResultsJson { get; set; }

    /// <summary>SHA-256 (hex) of the framework, data, inputs, options and results: equal hashes, equal runs.</summary>
    public required string ContentHash { get; set; }

    /// <summary>Who created the run.</summary>
    public required string CreatedBy { get; set; }

    /// <summary>When the run was created (UTC).</summary>
    public DateTime CreatedAtUtc { get; set; }
}
