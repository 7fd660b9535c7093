namespace ClusterScope.Data.Registry;

/// <summary>How a belt's clusters in its designated industries perform: count and output in a year and in a base year.</summary>
/// <param name="Code">Belt code.</param>
/// <param name="NameZh">Chinese name.</param>
/// <param name="NameEn">English name.</param>
/// <param name="Prefectures">Member prefectures (code, Chinese and English name).</param>
/// <param name="Categories">Designated categories (code, Chinese and English name).</param>
/// <param name="Year">The year of <paramref name="Clusters"/> and <paramref name="Output"/>.</param>
/// <param name="Clusters">Clusters of the designated categories in the member prefectures' zones.</param>
/// <param name="Output">Their output in <paramref name="Year"/> (100m CNY).</param>
/// <param name="BaseYear">The year growth is measured from.</param>
/// <param name="BaseOutput">Their output in <paramref name="BaseYear"/>.</param>
/// <param name="FiguresAreSample">Whether any figure behind the numbers (in either year) is generated sample.</param>
/// <param name="Provenance">How many of the output figures behind the numbers are sample.</param>
public sealed record BeltPerformance(string Code, string NameZh, string NameEn,
    IReadOnlyList<NamedCode> Prefectures, IReadOnlyList<NamedCode> Categories,
    int? Year, int Clusters, double Output, int? BaseYear, double BaseOutput, bool FiguresAreSample,
    FigureProvenance Provenance)
{
    /// <summary>Compound annual growth of output from the base year, or null when it cannot be computed.</summary>
    public double? AnnualGrowth => Year is int y && BaseYear is int b && y > b && BaseOutput > 0 ? Math.Pow(Output / BaseOutput, 1.0 / (y - b)) - 1 : null;
}
