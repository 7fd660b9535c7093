using ClusterScope.Analytics.Complexity;

namespace ClusterScope.Analytics.Tests.Complexity;

public partial class RelatednessTests
{
    private const string Folder = "06_relatedness_econgeo";

    private static Matrix Input() => ReferenceTable.Load($"{Folder}/inputs/matrix_2021.csv").ToMatrix();

    private static Matrix Expected(string file) => ReferenceTable.Load($"{Folder}/expected/{file}").ToMatrix();

    private static Matrix PresenceOfCase06() => EconomicComplexity.Presence(Input());

    private static Matrix ProbabilityRelatedness() =>
        Relatedness.FromCoOccurrence(Relatedness.CoOccurrence(PresenceOfCase06()));

    [Fact]
    public void Presence_matches_EconGeo_rca_binary_on_case_06() =>
        AnalyticsAssert.Close(Expected("mcp_rca_binary.csv"), PresenceOfCase06());

    [Fact]
    public void Co_occurrence_matches_EconGeo_on_case_06() =>
        AnalyticsAssert.Close(Expected("co_occurrence.csv"), Relatedness.CoOccurrence(PresenceOfCase06()));

    [Theory]
    [InlineData(RelatednessMethod.Probability, "relatedness_prob.csv")]
    [InlineData(RelatednessMethod.Association, "relatedness_association.csv")]
    [InlineData(RelatednessMethod.Cosine, "relatedness_cosine.csv")]
    [InlineData(RelatednessMethod.Jaccard, "relatedness_jaccard.csv")]
    public void Relatedness_matches_EconGeo_on_case_06(RelatednessMethod method, string file)
    {
        var co = Relatedness.CoOccurrence(PresenceOfCase06());
        AnalyticsAssert.Close(Expected(file), Relatedness.FromCoOccurrence(co, method));
    }

    [Fact]
    public void Relatedness_density_matches_the_unrounded_EconGeo_formula_on_case_06() =>
        AnalyticsAssert.Close(Expected("relatedness_density_prob_unrounded.csv"),
            RelatednessDensity.Compute(PresenceOfCase06(), ProbabilityRelatedness()));

    [Fact]
    public void Relatedness_density_with_EconGeo_rounding_matches_relatedness_density_on_case_06() =>
        AnalyticsAssert.Close(Expected("relatedness_density_prob_rounded2.csv"),
            RelatednessDensity.Compute(PresenceOfCase06(), ProbabilityRelatedness(), Rounding.EconGeo));

    [Fact]
    public void External_and_internal_density_with_EconGeo_rounding_match_case_06()
    {
        var (m, r) = (PresenceOfCase06(), ProbabilityRelatedness());
        AnalyticsAssert.Close(Expected("relatedness_density_ext_prob_rounded0.csv"), RelatednessDensity.External(m, r, Rounding.EconGeo));
        AnalyticsAssert.Close(Expected("relatedness_density_int_prob_rounded0.csv"), RelatednessDensity.Internal(m, r, Rounding.EconGeo));
    }

    [Fact]
    public void Average_external_and_internal_density_with_EconGeo_rounding_match_case_06()
    {
        var (m, r) = (PresenceOfCase06(), ProbabilityRelatedness());
        var expected = ReferenceTable.Load($"{Folder}/expected/relatedness_density_avgs_rounded0.csv");
        AnalyticsAssert.Close(expected.Numbers("ext_avg"), RelatednessDensity.AverageExternal(m, r, Rounding.EconGeo));
        AnalyticsAssert.Close(expected.Numbers("int_avg"), RelatednessDensity.AverageInternal(m, r, Rounding.EconGeo));
    }

    [Fact]
    public void Knowledge_complexity_of_regions_matches_EconGeo_kci_and_morc_on_case_06()
    {
        var expected = ReferenceTable.Load($"{Folder}/expected/regions_kci_morc.csv");
        var result = EconomicComplexity.Compute(Input(), new ComplexityOptions { Convention = ComplexityConvention.EconGeo });
        AnalyticsAssert.Close(expected.Numbers("diversity"), result.Diversity);
        AnalyticsAssert.Close(expected.Numbers("kci"), result.Eci, what: "kci");
        AnalyticsAssert.Close(expected.Numbers("morc_steps20"), MethodOfReflections.Regions(result.Presence, 20), what: "morc 20");
        AnalyticsAssert.Close(expected.Numbers("morc_steps2"), MethodOfReflections.Regions(result.Presence, 2), what: "morc 2");
    }

    [Fact]
    public void Knowledge_complexity_of_industries_matches_EconGeo_tci_and_mort_on_case_06()
    {
        var expected = ReferenceTable.Load($"{Folder}/expected/industries_tci_mort.csv");
        var result = EconomicComplexity.Compute(Input(), new ComplexityOptions { Convention = ComplexityConvention.EconGeo });
        AnalyticsAssert.Close(expected.Numbers("ubiquity"), result.Ubiquity);
        AnalyticsAssert.Close(expected.Numbers("tci"), result.Pci, what: "tci");
        AnalyticsAssert.Close(expected.Numbers("mort_steps19"), MethodOfReflections.Industries(result.Presence, 19), what: "mort 19");
        AnalyticsAssert.Close(expected.Numbers("mort_steps2"), MethodOfReflections.Industries(result.Presence, 2), what: "mort 2");
    }
}
