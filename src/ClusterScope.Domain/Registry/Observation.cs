namespace ClusterScope.Domain.Registry;

/// <summary>One value of one indicator for one entity and period.</summary>
public sealed class Observation
{
    /// <summary>Surrogate key.</summary>
    public long Id { get; set; }

    /// <summary>The kind of entity.</summary>
    public EntityKind EntityKind { get; set; }

    /// <summary>The entity's code (region code, zone code, cluster code, enterprise code).</summary>
    public required string EntityCode { get; set; }

    /// <summary>The indicator's code.</summary>
    public required string IndicatorCode { get; set; }

    /// <summary>The period: a year (<c>2017</c>), a quarter (<c>2023-Q1</c>) or a month (<c>2023-07</c>).</summary>
    public required string Period { get; set; }

    /// <summary>The value, in the indicator's unit.</summary>
    public double Value { get; set; }

    /// <summary>How far the value has been checked.</summary>
    public ObservationStatus Status { get; set; }

    /// <summary>Real (from a source) or generated sample.</summary>
    public Provenance Provenance { get; set; }

    /// <summary>The source: a URL, a document, or the generator's name and seed.</summary>
    public string? Source { get; set; }
}
