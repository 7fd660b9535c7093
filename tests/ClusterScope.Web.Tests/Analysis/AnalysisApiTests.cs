using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ClusterScope.Web.Tests.Analysis;

[Collection(WebTestGroup.Name)]
public sealed class AnalysisApiTests(TestApp app)
{
    private static Uri Url(string path) => new(path, UriKind.Relative);

    [Fact]
    public async Task Census_location_quotients_cover_every_county_and_sector_of_the_real_census()
    {
        using var client = app.Client();
        var result = await client.GetFromJsonAsync<JsonElement>(Url("/api/v1/analysis?dataset=census-employment&measure=lq"));
        var rows = result.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(60 * 20, rows.Count);
        Assert.False(result.GetProperty("dataset").GetProperty("isSample").GetBoolean());
        var lqs = rows.Select(r => r.GetProperty("lq").GetDouble()).ToList();
        Assert.All(lqs, lq => Assert.True(lq >= 0 && double.IsFinite(lq)));
        Assert.Contains(lqs, lq => lq > 1);
        Assert.Contains(lqs, lq => lq < 1);
    }

    public static TheoryData<string> MeasureNames() => [.. ClusterScope.Web.Features.Analysis.AnalysisRequest.Measures.Select(m => m.Name)];

    [Theory]
    [MemberData(nameof(MeasureNames))]
    public async Task Every_measure_runs_on_a_dataset_of_the_database(string measure)
    {
        var dataset = ClusterScope.Data.Analysis.AnalysisDatasets.All.First(d => d.Accepts(ClusterScope.Data.Analysis.AnalysisRunner.Find(measure))).Code;
        using var client = app.Client();
        var response = await client.GetAsync(Url($"/api/v1/analysis?dataset={dataset}&measure={measure}"));
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{measure}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        Assert.NotEqual(0, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rows").GetArrayLength());
    }

    [Fact]
    public async Task Cluster_output_by_prefecture_has_nine_rows_and_is_flagged_sample()
    {
        using var client = app.Client();
        var result = await client.GetFromJsonAsync<JsonElement>(Url("/api/v1/analysis?dataset=cluster-output-prefectures&measure=hhi&year=2017"));
        Assert.Equal(9, result.GetProperty("rows").GetArrayLength());
        Assert.Equal(2017, result.GetProperty("year").GetInt32());
        Assert.True(result.GetProperty("dataset").GetProperty("isSample").GetBoolean());
        Assert.All(result.GetProperty("rows").EnumerateArray(), r => Assert.InRange(r.GetProperty("hhi").GetDouble(), 0, 1));
    }

    [Fact]
    public async Task Ellison_Glaeser_runs_on_the_sample_enterprises_as_plants()
    {
        using var client = app.Client();
        var result = await client.GetFromJsonAsync<JsonElement>(Url("/api/v1/analysis?dataset=enterprise-employment&measure=eg&year=2017"));
        var rows = result.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(13, rows.Count);
        Assert.All(rows, r => Assert.True(r.GetProperty("plants").GetDouble() > 0));
        Assert.True(result.GetProperty("dataset").GetProperty("isSample").GetBoolean());
    }

    [Fact]
    public async Task Shift_share_of_cluster_output_by_prefecture_adds_up_to_growth()
    {
        using var client = app.Client();
        var result = await client.GetFromJsonAsync<JsonElement>(Url("/api/v1/analysis?dataset=cluster-output-prefectures&measure=shiftshare"));
        var rows = result.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(9, rows.Count);
        Assert.All(rows, r => Assert.Equal(r.GetProperty("growth").GetDouble(),
            r.GetProperty("national_share").GetDouble() + r.GetProperty("industry_mix").GetDouble() + r.GetProperty("competitive").GetDouble(), 6));
    }

    [Fact]
    public async Task The_csv_download_has_the_measure_columns()
    {
        using var client = app.Client();
        var response = await client.GetAsync(Url("/api/v1/analysis?dataset=cluster-output-zones&measure=rca&format=csv"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("region_code,region,industry_code,industry,rca,present", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_xlsx_download_is_a_workbook_with_every_row()
    {
        using var client = app.Client();
        var response = await client.GetAsync(Url("/api/v1/analysis?dataset=cluster-output-prefectures&measure=entropy&format=xlsx"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(9, rows.Count);
        Assert.Contains("entropy", rows[0].Keys);
    }

    [Theory]
    [InlineData("/api/v1/analysis?dataset=moon", "dataset")]
    [InlineData("/api/v1/analysis?measure=eg", "measure")]
    [InlineData("/api/v1/analysis?dataset=census-employment&measure=shiftshare", "measure")]
    [InlineData("/api/v1/analysis?dataset=enterprise-employment&measure=lq", "measure")]
    [InlineData("/api/v1/analysis?measure=happiness", "measure")]
    [InlineData("/api/v1/analysis?threshold=-1", "threshold")]
    [InlineData("/api/v1/analysis?year=abc", "year")]
    [InlineData("/api/v1/analysis?format=pdf", "format")]
    [InlineData("/api/v1/analysis?dataset=census-employment&measure=complexity&variant=asymmetric", "variant")]
    [InlineData("/api/v1/analysis?dataset=census-employment&measure=entropy&variant=normalised", "variant")]
    [InlineData("/api/v1/analysis?dataset=census-employment&measure=density&proximity=cosine", "proximity")]
    [InlineData("/api/v1/analysis?dataset=census-employment&measure=lq&convention=stata", "convention")]
    [InlineData("/api/v1/analysis?dataset=census-employment&measure=lq&steps=3", "steps")]
    [InlineData("/api/v1/analysis?dataset=census-employment&measure=reflections&steps=-1", "steps")]
    [InlineData("/api/v1/analysis?dataset=census-employment&measure=hhi&by=county", "by")]
    [InlineData("/api/v1/analysis?dataset=census-employment&measure=lq&group=a,b", "group")]
    public async Task Bad_analysis_parameters_are_named(string path, string parameter)
    {
        using var client = app.Client();
        var response = await client.GetAsync(Url(path));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(parameter, out _));
    }

    [Fact]
    public async Task A_variant_the_measure_does_not_offer_is_refused_with_the_accepted_values()
    {
        using var client = app.Client();
        var response = await client.GetAsync(Url("/api/v1/analysis?dataset=census-employment&measure=density&variant=asymmetric"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("variant")[0].GetString();
        Assert.Equal("variant 'asymmetric' is not offered by 'density'; use one of: include-self, exclude-self (default include-self).", message);
    }

    [Fact]
    public async Task Options_beyond_the_variant_reach_the_measure()
    {
        using var client = app.Client();
        async Task<List<JsonElement>> Rows(string query) =>
            (await client.GetFromJsonAsync<JsonElement>(Url("/api/v1/analysis?" + query))).GetProperty("rows").EnumerateArray().ToList();
        var minimum = await Rows("dataset=census-employment&measure=density");
        var asymmetric = await Rows("dataset=census-employment&measure=density&proximity=asymmetric");
        Assert.NotEqual(minimum.Select(r => r.GetProperty("density").GetDouble()), asymmetric.Select(r => r.GetProperty("density").GetDouble()));
        var byIndustry = await Rows("dataset=census-employment&measure=reflections&by=industry&steps=1");
        Assert.Equal(20, byIndustry.Count);
        // One step: each sector's mean diversity over the counties specialised in it, at least 1 where any is.
        Assert.All(byIndustry, r => Assert.True(r.GetProperty("reflection").GetDouble() >= 1));
        var reat = await Rows("dataset=cluster-output-prefectures&measure=shiftshare-industry&convention=reat");
        Assert.All(reat, r => Assert.Equal(0, r.GetProperty("industry_mix").GetDouble()));
    }
}
