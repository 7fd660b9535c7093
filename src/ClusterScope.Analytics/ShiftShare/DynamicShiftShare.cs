namespace ClusterScope.Analytics.ShiftShare;

/// <summary>Shift-share over a panel of years: the components of every consecutive year pair and their combination.</summary>
/// <typeparam name="T">The components of one region (<see cref="DunnComponents"/>, <see cref="EstebanMarquillasComponents"/>
/// or <see cref="GerfinRatios"/>).</typeparam>
/// <param name="Total">Per region, the period components combined (summed; Gerfin ratios as chosen).</param>
/// <param name="ByPeriod">Per period p (years p and p + 1 of the panel), per region, that pair's components.</param>
public sealed record DynamicShiftShare<T>(T[] Total, T[][] ByPeriod);
