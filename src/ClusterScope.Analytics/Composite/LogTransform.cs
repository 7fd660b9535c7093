namespace ClusterScope.Analytics.Composite;

/// <summary>A log transformation of an indicator, named after COINr's treatment functions.</summary>
/// <remarks>COINr 1.1.14 <c>treat.R</c>. COINr's <c>log_GII</c> computes its formula and then returns the
/// untransformed x (a no-op); <see cref="LogGii"/> returns the formula's value.</remarks>
public enum LogTransform
{
    /// <summary>No transformation.</summary>
    None,

    /// <summary>ln(x); every value must be positive.</summary>
    Natural,

    /// <summary>ln(x - min + 0.01 (max - min)) (COINr <c>log_CT</c>, the default fallback of <c>Treat()</c>).</summary>
    LogCt,

    /// <summary>ln(x - min + 1) (COINr <c>log_CT_orig</c>, the COIN Tool's original shift).</summary>
    LogCtPlusOne,

    /// <summary>ln[(max - 1)(x - min)/(max - min) + 1] (the GII 2020 spreadsheet; COINr <c>log_GII</c>'s formula).</summary>
    LogGii,
}
