namespace ClusterScope.Domain.Evaluation;

/// <summary>Whether ClusterScope holds data for an indicator of a framework.</summary>
public enum DataStatus
{
    /// <summary>An indicator of the database with observations (the code matches <c>Indicator.Code</c>).</summary>
    Available,

    /// <summary>Not stored as an indicator but computable from the registry (e.g. incubators per zone).</summary>
    Derivable,

    /// <summary>No data yet: a run leaves the indicator out until a data set supplies it.</summary>
    Missing,
}
