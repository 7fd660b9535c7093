using ClusterScope.Analytics;
using ClusterScope.Analytics.Agglomeration;
using ClusterScope.Analytics.Complexity;
using ClusterScope.Analytics.ShiftShare;
using ClusterScope.Analytics.Specialisation;
using ClusterScope.Data.Analysis;

namespace ClusterScope.Data.Tests.Analysis;

/// <summary>Each measure the runner reaches gives the library function's own numbers, on a file small enough to check by hand.</summary>
public sealed partial class MeasureReachTests : IDisposable
{
    // Regions A, B, C by industries x, y, z:   A 4 1 0 | B 1 3 2 | C 0 1 3; row totals 5, 6, 4; every column 5; total 15.
    private const string Small = "region,industry,value\nA,x,4\nA,y,1\nA,z,0\nB,x,1\nB,y,3\nB,z,2\nC,x,0\nC,y,1\nC,z,3\n";
    private static readonly Matrix SmallMatrix = Matrix.From([[4, 1, 0], [1, 3, 2], [0, 1, 3]]);
    private readonly string _folder = Directory.CreateTempSubdirectory("cs-reach-").FullName;

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private AnalysisTable RunSmall(string measure, AnalysisOptions? options = null) =>
        AnalysisRunner.Run(measure, LongFormatReader.ReadRegionIndustry(Write("small.csv", Small)), options ?? new AnalysisOptions());

    private static double[] Column(AnalysisTable table, string column)
    {
        var c = table.Columns.ToList().IndexOf(column);
        Assert.True(c >= 0, $"no column '{column}' in {string.Join(",", table.Columns)}");
        return table.Rows.Select(r => (double)r[c]!).ToArray();
    }

    // The runner calls the same function on the same matrix: the numbers are identical, NaN included.
    private static void Same(ReadOnlySpan<double> expected, double[] actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < actual.Length; i++)
        {
            Assert.True(expected[i].Equals(actual[i]), $"[{i}]: expected {expected[i]:R}, got {actual[i]:R}");
        }
    }

    private static void Same(Matrix expected, double[] cellsByRow) => Same(expected.AsSpan(), cellsByRow);

    private static double[] OffDiagonal(Matrix m) =>
        [.. from a in Enumerable.Range(0, m.Rows) from b in Enumerable.Range(0, m.Columns) where a != b select m[a, b]];

    [Fact]
    public void Hachman_is_the_inverse_share_weighted_location_quotient()
    {
        var table = RunSmall("hachman");
        Assert.Equal(["region", "hachman"], table.Columns);
        // A: shares .8, .2, 0; LQ = share / (5/15) = 2.4, .6, 0; sum s LQ = 1.92 + .12 = 2.04.
        Assert.Equal(1 / 2.04, Column(table, "hachman")[0], 12);
        Same(RegionalSpecialisation.Hachman(SmallMatrix), Column(table, "hachman"));
    }

    [Theory]
    [InlineData("t", "theil1967")]
    [InlineData("l", "theil1967")]
    [InlineData("t", "reat")]
    [InlineData("l", "reat")]
    public void Theil_gives_the_library_index_in_each_variant_and_convention(string variant, string convention)
    {
        var table = RunSmall("theil", new AnalysisOptions(Variant: variant, Convention: convention));
        var zeros = convention == "reat" ? TheilConvention.Reat : TheilConvention.Theil1967;
        Same(variant == "t" ? RegionalSpecialisation.TheilT(SmallMatrix, convention: zeros) : RegionalSpecialisation.TheilL(SmallMatrix, convention: zeros),
            Column(table, "theil"));
        if (convention == "reat")
        {
            // REAT theil is NA as soon as one value is zero: A and C have a zero, B has none.
            Assert.Equal([true, false, true], Column(table, "theil").Select(double.IsNaN));
        }
    }

    [Fact]
    public void Hoover_gini_and_reats_weighted_gini_take_the_population()
    {
        var population = new Dictionary<string, double> { ["A"] = 10, ["B"] = 30, ["C"] = 20 };
        double[] weights = [10, 30, 20];
        var hoover = RunSmall("gini", new AnalysisOptions(Variant: "hoover", Population: population));
        Same(IndustryConcentration.HooverGini(SmallMatrix, weights), Column(hoover, "gini"));
        var rounded = RunSmall("gini", new AnalysisOptions(Variant: "hoover", Population: population, Rounding: Rounding.EconGeo));
        Same(IndustryConcentration.HooverGini(SmallMatrix, weights, Rounding.EconGeo), Column(rounded, "gini"));
        var reat = RunSmall("gini", new AnalysisOptions(Variant: "reat-weighted", Population: population));
        Same(IndustryConcentration.Gini(SmallMatrix, GiniVariant.ReatWeighted, weights), Column(reat, "gini"));
        var missing = Assert.Throws<ArgumentException>(() => RunSmall("gini", new AnalysisOptions(Variant: "hoover")));
        Assert.Contains("--population FILE", missing.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(20)]
    public void Reflections_run_the_number_of_steps_asked_for_either_side(int steps)
    {
        var presence = LocationQuotient.Binary(LocationQuotient.Compute(SmallMatrix));
        var regions = RunSmall("reflections", new AnalysisOptions(Steps: steps));
        Assert.Equal(["region", "reflection"], regions.Columns);
        Same(MethodOfReflections.Regions(presence, steps), Column(regions, "reflection"));
        var industries = RunSmall("reflections", new AnalysisOptions(Steps: steps, By: "industry"));
        Same(MethodOfReflections.Industries(presence, steps), Column(industries, "reflection"));
    }

    [Fact]
    public void Reflections_default_to_EconGeos_steps_and_refuse_a_negative_count()
    {
        var presence = LocationQuotient.Binary(LocationQuotient.Compute(SmallMatrix));
        // Step 1 by hand: presence A {x}, B {y, z}, C {z}; ubiquity x 1, y 1, z 2; A's mean ubiquity 1, B's 1.5, C's 2.
        Assert.Equal([1, 1.5, 2], Column(RunSmall("reflections", new AnalysisOptions(Steps: 1)), "reflection"));
        Same(MethodOfReflections.Regions(presence), Column(RunSmall("reflections"), "reflection"));
        Same(MethodOfReflections.Industries(presence), Column(RunSmall("reflections", new AnalysisOptions(By: "industry")), "reflection"));
        var error = Assert.Throws<ArgumentException>(() => RunSmall("reflections", new AnalysisOptions(Steps: -1)));
        Assert.Contains("--steps -1", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("steps")]
    [InlineData("group")]
    [InlineData("national")]
    public void An_extra_option_a_measure_does_not_read_is_refused(string option)
    {
        var options = option switch
        {
            "steps" => new AnalysisOptions(Steps: 3),
            "group" => new AnalysisOptions(Group: ["x", "y"]),
            _ => new AnalysisOptions(National: new NationalTotals(new Dictionary<(int, string), double>(), "n.csv")),
        };
        var error = Assert.Throws<ArgumentException>(() => RunSmall("lq", options));
        Assert.Equal($"--{option}: 'lq' has no --{option}; leave it out.", error.Message.Split(" (Parameter")[0]);
    }

    [Theory]
    [InlineData("asymmetric", ProximityMeasure.Asymmetric)]
    [InlineData("continuous", ProximityMeasure.Continuous)]
    [InlineData("minimum", ProximityMeasure.MinimumConditional)]
    public void The_chosen_proximity_is_carried_through_density_coi_and_cog(string name, ProximityMeasure measure)
    {
        var expected = EconomicComplexity.Compute(WideMatrix, new ComplexityOptions { Proximity = measure });
        var density = RunWide("density", new AnalysisOptions(Proximity: name));
        Same(expected.Density, Column(density, "density"));
        var complexity = RunWide("complexity", new AnalysisOptions(Proximity: name));
        var rows = complexity.Rows.Where(r => (string)r[3]! == "coi").Select(r => (double)r[4]!).ToArray();
        Same(expected.Coi, rows);
        Same(expected.Cog, complexity.Rows.Where(r => (string)r[3]! == "cog").Select(r => (double)r[4]!).ToArray());
    }

    [Fact]
    public void Asymmetric_proximity_changes_density_from_the_default()
    {
        var minimum = Column(RunWide("density"), "density");
        var asymmetric = Column(RunWide("density", new AnalysisOptions(Proximity: "asymmetric")), "density");
        Assert.NotEqual(minimum, asymmetric);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
