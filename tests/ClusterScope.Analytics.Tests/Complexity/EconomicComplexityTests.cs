using ClusterScope.Analytics.Complexity;

namespace ClusterScope.Analytics.Tests.Complexity;

public partial class EconomicComplexityTests
{
    public static TheoryData<string, double, ProximityMeasure> PyEcomplexityFiles() => new()
    {
        { "ecomplexity_default.csv", 1, ProximityMeasure.MinimumConditional },
        { "ecomplexity_asymmetric.csv", 1, ProximityMeasure.Asymmetric },
        { "ecomplexity_threshold_1p5.csv", 1.5, ProximityMeasure.MinimumConditional },
    };

    [Theory]
    [MemberData(nameof(PyEcomplexityFiles))]
    public void Pipeline_matches_py_ecomplexity_on_case_05(string file, double threshold, ProximityMeasure proximity)
    {
        var (regions, industries, years) = ComplexityCase.Inputs();
        var options = new ComplexityOptions { Threshold = threshold, Proximity = proximity };
        var results = years.ToDictionary(y => y.Key, y => EconomicComplexity.Compute(y.Value, options));
        AssertColumns(file, regions, industries, results);
    }

    [Fact]
    public void Managed_and_OpenBLAS_paths_agree_on_case_05()
    {
        var (_, _, years) = ComplexityCase.Inputs();
        foreach (var year in years.Values)
        {
            var native = EconomicComplexity.Compute(year, ComplexityOptions.Default, managed: false);
            var managed = EconomicComplexity.Compute(year, ComplexityOptions.Default, managed: true);
            AnalyticsAssert.Close(native.Eci, managed.Eci);
            AnalyticsAssert.Close(native.Pci, managed.Pci);
            AnalyticsAssert.Close(native.Density, managed.Density);
            AnalyticsAssert.Close(native.Cog, managed.Cog);
        }
    }

    private static void AssertColumns(string file, string[] regions, string[] industries, Dictionary<string, ComplexityResult> results)
    {
        var columns = new (string Name, Func<ComplexityResult, int, int, double> Get)[]
        {
            ("rca", (x, r, p) => x.Rca[r, p]),
            ("mcp", (x, r, p) => x.Presence[r, p]),
            ("diversity", (x, r, _) => x.Diversity[r]),
            ("ubiquity", (x, _, p) => x.Ubiquity[p]),
            ("eci", (x, r, _) => x.Eci[r]),
            ("pci", (x, _, p) => x.Pci[p]),
            ("density", (x, r, p) => x.Density[r, p]),
            ("coi", (x, r, _) => x.Coi[r]),
            ("cog", (x, r, p) => x.Cog[r, p]),
        };
        foreach (var (name, get) in columns)
        {
            foreach (var (year, r, p, value) in ComplexityCase.Expected(file, name, regions, industries))
            {
                AnalyticsAssert.Close(value, get(results[year], r, p), what: $"{file} {name} {year} {regions[r]} {industries[p]}");
            }
        }
    }
}
