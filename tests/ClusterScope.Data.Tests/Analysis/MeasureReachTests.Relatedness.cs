using ClusterScope.Analytics;
using ClusterScope.Analytics.Agglomeration;
using ClusterScope.Analytics.Complexity;
using ClusterScope.Analytics.Specialisation;
using ClusterScope.Data.Analysis;

namespace ClusterScope.Data.Tests.Analysis;

public sealed partial class MeasureReachTests
{
    // Five regions so that industries co-occur: presence by hand from LQ >= 1.
    private const string Wide = "region,industry,value\n"
        + "A,x,5\nA,y,5\nA,z,0\nA,w,0\nB,x,4\nB,y,0\nB,z,4\nB,w,0\nC,x,0\nC,y,3\nC,z,3\nC,w,1\n"
        + "D,x,2\nD,y,2\nD,z,0\nD,w,6\nE,x,1\nE,y,1\nE,z,1\nE,w,1\n";

    private static readonly Matrix WideMatrix = Matrix.From([[5, 5, 0, 0], [4, 0, 4, 0], [0, 3, 3, 1], [2, 2, 0, 6], [1, 1, 1, 1]]);

    private AnalysisTable RunWide(string measure, AnalysisOptions? options = null) =>
        AnalysisRunner.Run(measure, LongFormatReader.ReadRegionIndustry(Write("wide.csv", Wide)), options ?? new AnalysisOptions());

    private static Matrix WidePresence => LocationQuotient.Binary(LocationQuotient.Compute(WideMatrix));

    [Fact]
    public void Co_occurrence_counts_regions_sharing_both_industries()
    {
        var table = RunWide("co-occurrence");
        Assert.Equal(["industry_a", "industry_b", "co_occurrence"], table.Columns);
        Same(OffDiagonal(Relatedness.CoOccurrence(WidePresence)), Column(table, "co_occurrence"));
        Assert.Equal(12, table.Rows.Count);
    }

    [Theory]
    [InlineData("prob", RelatednessMethod.Probability)]
    [InlineData("association", RelatednessMethod.Association)]
    [InlineData("cosine", RelatednessMethod.Cosine)]
    [InlineData("jaccard", RelatednessMethod.Jaccard)]
    public void Relatedness_and_every_density_use_the_chosen_method(string variant, RelatednessMethod method)
    {
        var options = new AnalysisOptions(Variant: variant);
        var relatedness = Relatedness.FromCoOccurrence(Relatedness.CoOccurrence(WidePresence), method);
        Same(OffDiagonal(relatedness), Column(RunWide("relatedness", options), "relatedness"));
        Same(RelatednessDensity.Compute(WidePresence, relatedness), Column(RunWide("relatedness-density", options), "relatedness_density"));
        Same(RelatednessDensity.External(WidePresence, relatedness), Column(RunWide("relatedness-density-ext", options), "relatedness_density_ext"));
        Same(RelatednessDensity.Internal(WidePresence, relatedness), Column(RunWide("relatedness-density-int", options), "relatedness_density_int"));
        Same(RelatednessDensity.AverageExternal(WidePresence, relatedness), Column(RunWide("relatedness-density-ext-avg", options), "relatedness_density_ext_avg"));
        Same(RelatednessDensity.AverageInternal(WidePresence, relatedness), Column(RunWide("relatedness-density-int-avg", options), "relatedness_density_int_avg"));
    }

    [Fact]
    public void External_and_internal_density_split_the_density_by_presence()
    {
        var all = Column(RunWide("relatedness-density"), "relatedness_density");
        var ext = Column(RunWide("relatedness-density-ext"), "relatedness_density_ext");
        var inner = Column(RunWide("relatedness-density-int"), "relatedness_density_int");
        var presence = WidePresence.AsSpan().ToArray();
        for (var i = 0; i < all.Length; i++)
        {
            Assert.Equal(all[i], presence[i] == 1 ? inner[i] : ext[i]);
            Assert.True(double.IsNaN(presence[i] == 1 ? ext[i] : inner[i]));
        }

        var rounded = Column(RunWide("relatedness-density-ext-avg", new AnalysisOptions(Rounding: Rounding.EconGeo)), "relatedness_density_ext_avg");
        Assert.All(rounded.Where(double.IsFinite), v => Assert.Equal(Math.Round(v), v));
    }

    [Fact]
    public void Group_coagglomeration_gives_gamma_g_and_h_of_the_group()
    {
        var path = Write("plants.csv", "plant,region,industry,employment\np1,A,x,10\np2,A,x,5\np3,B,y,7\np4,B,x,3\np5,C,y,4\np6,C,z,2\np7,A,z,6\np8,B,z,1\n");
        var plants = LongFormatReader.ReadPlants(path);
        var table = AnalysisRunner.Run("coagglomeration-group", plants, new AnalysisOptions(Group: ["z", "x"]));
        Assert.Equal(["industry", "weight", "coagglomeration", "g", "herfindahl"], table.Columns);
        var employment = PlantEmployment.Aggregate(plants.RegionIndex, plants.IndustryIndex, plants.Employment, plants.Regions.Count, plants.Industries.Count);
        var expected = EllisonGlaeser.Coagglomeration(employment, [2, 0]);
        Assert.Equal(["z", "x"], table.Rows.Select(r => (string)r[0]!));
        // Weights by hand: z has 9 jobs, x 18: 1/3 and 2/3.
        Assert.Equal(1.0 / 3, Column(table, "weight")[0], 12);
        Assert.Equal(2.0 / 3, Column(table, "weight")[1], 12);
        Same([expected.Gamma, expected.Gamma], Column(table, "coagglomeration"));
        Same([expected.G, expected.G], Column(table, "g"));
        Same([expected.PlantHerfindahl, expected.PlantHerfindahl], Column(table, "herfindahl"));
        var all = AnalysisRunner.Run("coagglomeration-group", plants, new AnalysisOptions());
        Same([EllisonGlaeser.Coagglomeration(employment, [0, 1, 2]).Gamma], [Column(all, "coagglomeration")[0]]);
        var unknown = Assert.Throws<ArgumentException>(() => AnalysisRunner.Run("coagglomeration-group", plants, new AnalysisOptions(Group: ["x", "q"])));
        Assert.Contains("--group: industry 'q' is not in the file", unknown.Message, StringComparison.Ordinal);
        var single = Assert.Throws<ArgumentException>(() => AnalysisRunner.Run("coagglomeration-group", plants, new AnalysisOptions(Group: ["x"])));
        Assert.Contains("two or more industries", single.Message, StringComparison.Ordinal);
    }
}
