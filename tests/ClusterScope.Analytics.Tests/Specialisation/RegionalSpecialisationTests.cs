using ClusterScope.Analytics.Specialisation;

namespace ClusterScope.Analytics.Tests.Specialisation;

public partial class RegionalSpecialisationTests
{
    private static readonly Matrix Values = Case.Specialisation.Values;

    [Theory]
    [InlineData("econgeo_herfindahl", HerfindahlVariant.Raw)]
    [InlineData("reat_herf", HerfindahlVariant.Raw)]
    [InlineData("reat_herf_norm", HerfindahlVariant.ReatNormalised)]
    [InlineData("reat_herf_equivalent_number", HerfindahlVariant.EquivalentNumber)]
    public void Herfindahl_matches_case_02(string column, HerfindahlVariant variant) =>
        AnalyticsAssert.Close(Case.ByRegion(column), RegionalSpecialisation.Herfindahl(Values, variant));

    [Theory]
    [InlineData("econgeo_krugman_index", KrugmanReference.Total)]
    [InlineData("reat_krugman_spec_vs_total", KrugmanReference.Total)]
    [InlineData("reat_krugman_spec_vs_rest", KrugmanReference.RestOfTotal)]
    [InlineData("reat_krugman_spec2_mean_of_others", KrugmanReference.MeanOfOthers)]
    [InlineData("reat_spec_K_krugman_mean_others", KrugmanReference.MeanOfOthers)]
    public void Krugman_matches_case_02(string column, KrugmanReference reference) =>
        AnalyticsAssert.Close(Case.ByRegion(column), RegionalSpecialisation.Krugman(Values, reference));

    [Theory]
    [InlineData("econgeo_spec_coeff")]
    [InlineData("reat_hoover_vs_total")]
    [InlineData("reat_spec_H_hoover")]
    public void Hoover_coefficient_matches_case_02(string column) =>
        AnalyticsAssert.Close(Case.ByRegion(column), RegionalSpecialisation.HooverCoefficient(Values));

    [Fact]
    public void EconGeo_rounding_matches_econgeo_entropy_rounded3() =>
        AnalyticsAssert.Close(Case.ByRegion("econgeo_entropy_rounded3"), RegionalSpecialisation.Entropy(Values, Rounding.EconGeo));

    [Fact]
    public void Exact_entropy_is_within_EconGeo_rounding_of_its_output()
    {
        var exact = RegionalSpecialisation.Entropy(Values);
        var econGeo = Case.ByRegion("econgeo_entropy_rounded3");
        for (var r = 0; r < exact.Length; r++)
        {
            Assert.InRange(exact[r] - econGeo[r], -0.0005 - 1e-7, 0.0005 + 1e-7);
        }
    }

    [Fact]
    public void Hachman_matches_EconGeo_on_case_02() =>
        AnalyticsAssert.Close(Case.ByRegion("econgeo_hachman"), RegionalSpecialisation.Hachman(Values));

    [Fact]
    public void Diversity_matches_EconGeo_on_case_02() =>
        AnalyticsAssert.Close(Case.ByRegion("econgeo_diversity_rca"), Case.AsDoubles(RegionalSpecialisation.Diversity(Values)));

    [Theory]
    [InlineData("reat_gini_spec_lq")]
    [InlineData("reat_spec_G_gini")]
    public void Location_quotient_Gini_matches_REAT_gini_spec_on_case_02(string column) =>
        AnalyticsAssert.Close(Case.ByRegion(column), RegionalSpecialisation.LocationQuotientGini(Values));

    [Fact]
    public void Theil_L_with_the_REAT_convention_matches_REAT_theil_including_its_NAs() =>
        AnalyticsAssert.Close(Case.ByRegion("reat_theil_over_industries"),
            RegionalSpecialisation.TheilL(Values, convention: TheilConvention.Reat));
}
