namespace ClusterScope.Analytics.Composite;

/// <summary>How missing indicator values are filled before treatment (COINr <c>Impute()</c>, column by column).</summary>
/// <remarks>OECD/JRC (2008) Handbook, step 3 (imputation of missing data).</remarks>
public abstract record ImputationSpec
{
    private ImputationSpec()
    {
    }

    /// <summary>Leave missing values missing; aggregation then drops them and renormalises the weights.</summary>
    public sealed record None : ImputationSpec;

    /// <summary>The column mean of the observed values (COINr <c>i_mean</c>).</summary>
    public sealed record Mean : ImputationSpec;

    /// <summary>The column median of the observed values (COINr <c>i_median</c>).</summary>
    public sealed record Median : ImputationSpec;

    /// <summary>The mean of the unit's group (COINr <c>i_mean_grp</c> with <c>use_group</c>).</summary>
    public sealed record GroupMean : ImputationSpec;

    /// <summary>The median of the unit's group (COINr <c>i_median_grp</c>).</summary>
    public sealed record GroupMedian : ImputationSpec;

    /// <summary>The unit's value in the previous period, given by the caller (panel data; COINr <c>impute_panel</c>
    /// with <c>imp_type = "latest"</c> for one step back).</summary>
    public sealed record CarryLastPeriod : ImputationSpec;
}
