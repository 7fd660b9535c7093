namespace ClusterScope.Domain.Evaluation;

/// <summary>What a run does about an indicator that lacks data for some units.</summary>
public enum CoverageAction
{
    /// <summary>Every unit reports it.</summary>
    Complete,

    /// <summary>Ranked units without a value get one by the framework's imputation.</summary>
    Impute,

    /// <summary>Only units that are not ranked anyway lack it.</summary>
    ExcludedOnly,

    /// <summary>No unit reports it: the run leaves the indicator out.</summary>
    Drop,
}
