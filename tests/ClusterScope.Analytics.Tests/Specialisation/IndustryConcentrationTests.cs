using ClusterScope.Analytics.Specialisation;

namespace ClusterScope.Analytics.Tests.Specialisation;

public partial class IndustryConcentrationTests
{
    private static readonly RegionIndustryMatrix Input = Case.Specialisation;
    private static readonly Matrix Values = Input.Values;
    private static readonly double[] Population = Case.Population(Input);

    [Theory]
    [InlineData("econgeo_gini_rounded3", GiniVariant.EconGeo)]
    [InlineData("reat_gini", GiniVariant.Lorenz)]
    [InlineData("reat_gini_norm", GiniVariant.ReatNormalised)]
    public void Lorenz_Gini_matches_case_02(string column, GiniVariant variant) =>
        AnalyticsAssert.Close(Case.ByIndustry(column), IndustryConcentration.Gini(Values, variant));

    [Fact]
    public void REAT_weighted_Gini_matches_reat_gini_weighted_by_population() =>
        AnalyticsAssert.Close(Case.ByIndustry("reat_gini_weighted_by_population"),
            IndustryConcentration.Gini(Values, GiniVariant.ReatWeighted, Population));

    [Fact]
    public void Hoover_index_matches_REAT_fraction_and_EconGeo_percent()
    {
        AnalyticsAssert.Close(Case.ByIndustry("reat_hoover_vs_population"), IndustryConcentration.Hoover(Values, Population));
        AnalyticsAssert.Close(Case.ByIndustry("econgeo_hoover_index_pct_rounded2"),
            IndustryConcentration.Hoover(Values, Population, Rounding.EconGeo));
    }

    [Fact]
    public void Hoover_Gini_with_EconGeo_rounding_matches_hoover_gini_rounded3() =>
        AnalyticsAssert.Close(Case.ByIndustry("econgeo_hoover_gini_rounded3"),
            IndustryConcentration.HooverGini(Values, Population, Rounding.EconGeo));

    [Fact]
    public void Locational_Gini_matches_EconGeo_on_case_02() =>
        AnalyticsAssert.Close(Case.ByIndustry("econgeo_locational_gini"), IndustryConcentration.LocationalGini(Values));

    [Fact]
    public void Ubiquity_matches_EconGeo_on_case_02() =>
        AnalyticsAssert.Close(Case.ByIndustry("econgeo_ubiquity_rca"), Case.AsDoubles(IndustryConcentration.Ubiquity(Values)));

    [Theory]
    [InlineData("reat_gini_conc_lq")]
    [InlineData("reat_conc_G_gini")]
    public void Location_quotient_Gini_matches_REAT_gini_conc_on_case_02(string column) =>
        AnalyticsAssert.Close(Case.ByIndustry(column), IndustryConcentration.LocationQuotientGini(Values));

    [Theory]
    [InlineData("reat_hoover_vs_total")]
    [InlineData("reat_conc_H_hoover")]
    public void Hoover_against_total_matches_REAT_on_case_02(string column) =>
        AnalyticsAssert.Close(Case.ByIndustry(column), IndustryConcentration.HooverVsTotal(Values));

    [Theory]
    [InlineData("reat_krugman_conc_vs_total", KrugmanReference.Total)]
    [InlineData("reat_conc_K_krugman_mean_others", KrugmanReference.MeanOfOthers)]
    public void Krugman_concentration_matches_REAT_on_case_02(string column, KrugmanReference reference) =>
        AnalyticsAssert.Close(Case.ByIndustry(column), IndustryConcentration.Krugman(Values, reference));

    [Fact]
    public void Herfindahl_over_regions_matches_REAT_herf() =>
        AnalyticsAssert.Close(Case.ByIndustry("reat_herf_over_regions"), IndustryConcentration.Herfindahl(Values));
}
