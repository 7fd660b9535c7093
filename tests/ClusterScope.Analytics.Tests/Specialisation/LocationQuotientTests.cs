using ClusterScope.Analytics.Specialisation;

namespace ClusterScope.Analytics.Tests.Specialisation;

public partial class LocationQuotientTests
{
    [Fact]
    public void Location_quotient_matches_EconGeo_on_case_01()
    {
        var input = Case.Lq;
        var expected = Case.Expected("01_lq_rca/expected/econgeo_location_quotient.csv", input);
        AnalyticsAssert.Close(expected, LocationQuotient.Compute(input.Values));
    }

    [Fact]
    public void Location_quotient_with_NaN_totals_matches_REAT_locq2_on_case_01()
    {
        var input = Case.Lq;
        var expected = Case.Expected("01_lq_rca/expected/reat_locq2.csv", input);
        AnalyticsAssert.Close(expected, LocationQuotient.Compute(input.Values, ZeroTotals.NaN));
    }

    [Fact]
    public void Binary_location_quotient_matches_EconGeo_location_quotient_and_rca_binary()
    {
        var input = Case.Lq;
        var binary = LocationQuotient.Binary(LocationQuotient.Compute(input.Values));
        AnalyticsAssert.Close(Case.Expected("01_lq_rca/expected/econgeo_location_quotient_binary.csv", input), binary);
        AnalyticsAssert.Close(Case.Expected("01_lq_rca/expected/econgeo_rca_binary.csv", input), binary);
    }

    [Fact]
    public void EconGeo_rounding_matches_rca_rounded_to_2_decimals()
    {
        var input = Case.Lq;
        var expected = Case.Expected("01_lq_rca/expected/econgeo_rca_rounded2.csv", input);
        AnalyticsAssert.Close(expected, LocationQuotient.Compute(input.Values, rounding: Rounding.EconGeo));
    }

    [Fact]
    public void Additive_location_quotient_matches_REAT_locq_method_a()
    {
        var input = Case.Lq;
        var expected = Case.Expected("01_lq_rca/expected/reat_locq_additive.csv", input);
        AnalyticsAssert.Close(expected, LocationQuotient.Additive(input.Values));
    }

    [Fact]
    public void Zero_row_and_column_give_0_as_EconGeo_on_the_edge_matrix()
    {
        var input = Case.Wide("01_lq_rca/inputs/edge_zero_row_col.csv");
        var expected = Case.Expected("01_lq_rca/expected/econgeo_location_quotient_edge.csv", input);
        AnalyticsAssert.Close(expected, LocationQuotient.Compute(input.Values));
    }

    [Theory]
    [InlineData("01_lq_rca/inputs/long.csv", "01_lq_rca/expected/pyecomplexity_rca_long.csv")]
    [InlineData(null, "01_lq_rca/expected/pyecomplexity_rca_edge_long.csv")]
    public void Drop_matches_py_ecomplexity_rca_and_mcp_in_long_format(string? longInput, string expectedFile)
    {
        var input = longInput is null
            ? Case.Wide("01_lq_rca/inputs/edge_zero_row_col.csv")
            : RegionIndustryMatrix.FromLong(ReadLong(longInput));
        var rca = LocationQuotient.Compute(input.Values, ZeroTotals.Drop);
        var rcaCells = input.ToLong(rca).ToDictionary(c => (c.Region, c.Industry), c => c.Value);
        var mcpCells = input.ToLong(LocationQuotient.Binary(rca)).ToDictionary(c => (c.Region, c.Industry), c => c.Value);

        var expected = ReferenceTable.Load(expectedFile);
        var (regions, industries) = (expected.Text("region"), expected.Text("industry"));
        var (expectedRca, expectedMcp) = (expected.Numbers("rca"), expected.Numbers("mcp"));
        Assert.Equal(rcaCells.Count, expected.Rows.Count);
        for (var i = 0; i < regions.Length; i++)
        {
            AnalyticsAssert.Close(expectedRca[i], rcaCells[(regions[i], industries[i])], what: $"rca {regions[i]}/{industries[i]}");
            AnalyticsAssert.Close(expectedMcp[i], mcpCells[(regions[i], industries[i])], what: $"mcp {regions[i]}/{industries[i]}");
        }
    }

    private static IEnumerable<RegionIndustryValue> ReadLong(string relativePath)
    {
        var table = ReferenceTable.Load(relativePath);
        var (regions, industries, values) = (table.Text("region"), table.Text("industry"), table.Numbers("value"));
        return regions.Select((r, i) => new RegionIndustryValue(r, industries[i], values[i]));
    }
}
