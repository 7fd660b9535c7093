using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ClusterScope.Web.Tests.InputOutput;

/// <summary>The input-output API and page through the real host, on the shipped NBS tables.</summary>
[Collection(WebTestGroup.Name)]
public sealed class IoApiTests(TestApp app)
{
    private static Uri Url(string path) => new(path, UriKind.Relative);

    [Fact]
    public async Task Multipliers_and_key_sectors_of_the_2020_table_nationally_and_for_jilin()
    {
        using var anyone = app.Client();
        var tables = await anyone.GetFromJsonAsync<JsonElement>(Url("/api/v1/io/tables"));
        Assert.Contains(tables.EnumerateArray(), t => t.GetProperty("id").GetString() == "china-2020-42" && t.GetProperty("sectors").GetInt32() == 42);

        var jilin = await anyone.GetFromJsonAsync<JsonElement>(Url("/api/v1/io/multipliers"));
        Assert.Equal(("china-2020-42", "flq", 0.3), (jilin.GetProperty("table").GetString(), jilin.GetProperty("method").GetString(), jilin.GetProperty("delta").GetDouble()));
        var sectors = jilin.GetProperty("sectors").EnumerateArray().ToList();
        Assert.Equal(42, sectors.Count);
        Assert.Equal(1.13, sectors.Single(s => s.GetProperty("code").GetString() == "01").GetProperty("output").GetDouble(), 2);
        Assert.Equal(["10", "11", "14", "24"], Keys(sectors));

        var national = await anyone.GetFromJsonAsync<JsonElement>(Url("/api/v1/io/multipliers?method=none"));
        Assert.Equal(["07", "10", "12", "14", "15", "21", "23", "24", "29", "34"], Keys(national.GetProperty("sectors").EnumerateArray().ToList()));
    }

    [Fact]
    public async Task Ten_billion_of_transport_equipment_demand_has_its_documented_impact_and_bad_parameters_are_named()
    {
        using var anyone = app.Client();
        var national = await anyone.GetFromJsonAsync<JsonElement>(Url("/api/v1/io/impact?method=none&shock=18:100"));
        var output = national.GetProperty("total").GetProperty("output");
        Assert.Equal(100, output.GetProperty("direct").GetDouble(), 6);
        Assert.Equal(358, output.GetProperty("total").GetDouble(), 0);
        Assert.Equal(81771, national.GetProperty("total").GetProperty("jobs").GetProperty("total").GetDouble(), 0);
        var jilin = await anyone.GetFromJsonAsync<JsonElement>(Url("/api/v1/io/impact?shock=18:100"));
        Assert.Equal(138, jilin.GetProperty("total").GetProperty("output").GetProperty("total").GetDouble(), 0);
        Assert.Equal(22757, jilin.GetProperty("total").GetProperty("jobs").GetProperty("total").GetDouble(), 0);

        await AssertFieldAsync(anyone, "/api/v1/io/multipliers?method=lq", "method", "method 'lq' is not one of");
        await AssertFieldAsync(anyone, "/api/v1/io/multipliers?table=china-1999-1", "table", "No table 'china-1999-1'");
        await AssertFieldAsync(anyone, "/api/v1/io/multipliers?table=china-2017-149", "table", "cannot be regionalised");
        await AssertFieldAsync(anyone, "/api/v1/io/multipliers?delta=1.2", "delta", "delta '1.2'");
        await AssertFieldAsync(anyone, "/api/v1/io/impact?shock=99:1", "shock", "has no sector '99'");
        await AssertFieldAsync(anyone, "/api/v1/io/impact?shock=18:ten", "shock", "'ten' is not a number");
        await AssertFieldAsync(anyone, "/api/v1/io/impact?kind=output-change&shock=18:1,14:1", "shock", "one sector");
        await AssertFieldAsync(anyone, "/api/v1/io/impact?kind=boom&shock=18:1", "kind", "kind 'boom'");
    }

    [Fact]
    public async Task The_page_runs_a_scenario_from_its_form_and_a_shock_file_and_downloads_it()
    {
        using var anyone = app.Client();
        var page = await anyone.GetStringAsync(Url("/io?culture=zh-CN&ui-culture=zh-CN"));
        Assert.Contains("乘数与产业关联", page, StringComparison.Ordinal);
        var token = Authorisation.Matrix.Token(page);

        using var form = new MultipartFormDataContent
        {
            { new StringContent("final-demand"), "Kind" }, { new StringContent("18"), "Sector" }, { new StringContent("100"), "Amount" },
            { new StringContent("2"), "ScenarioType" }, { new StringContent(token), "__RequestVerificationToken" },
        };
        var run = await anyone.PostAsync(Url("/io?handler=Scenario&method=none&culture=zh-CN&ui-culture=zh-CN"), form);
        var shown = await run.Content.ReadAsStringAsync();
        Assert.Contains("id=\"impact-total\"", shown, StringComparison.Ordinal);
        Assert.Contains("358", shown, StringComparison.Ordinal);

        using var download = new MultipartFormDataContent
        {
            { new StringContent("final-demand"), "Kind" }, { new StringContent("18"), "Sector" }, { new StringContent("100"), "Amount" },
            { new StringContent("csv"), "Download" }, { new StringContent(token), "__RequestVerificationToken" },
        };
        var csv = await anyone.PostAsync(Url("/io?handler=Scenario&method=none"), download);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(44, lines.Length);
        Assert.StartsWith("sector,name_zh,name_en,output_direct,", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("total,", lines[^1], StringComparison.Ordinal);

        using var workbook = new MultipartFormDataContent
        {
            { new StringContent("output-change"), "Kind" }, { new StringContent("14"), "Sector" }, { new StringContent("-10"), "Amount" },
            { new StringContent("xlsx"), "Download" }, { new StringContent(token), "__RequestVerificationToken" },
        };
        var xlsx = await anyone.PostAsync(Url("/io?handler=Scenario"), workbook);
        using var stream = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync());
        var sheet = MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: true, sheetName: "impact").Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(43, sheet.Count);
        // An output change of metals (-10) is its own direct part; the others respond downwards.
        Assert.Equal(-10, Convert.ToDouble(sheet.Single(r => (string?)r["sector"] == "14")["output_direct"], System.Globalization.CultureInfo.InvariantCulture), 9);
        Assert.True(Convert.ToDouble(sheet[^1]["output_total"], System.Globalization.CultureInfo.InvariantCulture) < -10);

        var profile = await anyone.GetStringAsync(Url("/io?profile=18"));
        Assert.Contains("id=\"profile-suppliers\"", profile, StringComparison.Ordinal);
        Assert.Contains("<option value=\"18\" selected=\"selected\">", profile, StringComparison.Ordinal);
        Assert.Contains("14 Smelting and processing of metals", profile, StringComparison.Ordinal);

        using var bad = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        bad.Add(new ByteArrayContent("sector,value\n18,1000\n99,5\n"u8.ToArray()), "Shock", "my-shock.csv");
        var refused = await (await anyone.PostAsync(Url("/io?handler=Scenario"), bad)).Content.ReadAsStringAsync();
        Assert.Contains("id=\"io-errors\"", refused, StringComparison.Ordinal);
        Assert.Contains("my-shock.csv, row 3, field sector", refused, StringComparison.Ordinal);
    }

    private static List<string?> Keys(List<JsonElement> sectors) =>
        [.. sectors.Where(s => s.GetProperty("role").GetString() == "key").Select(s => s.GetProperty("code").GetString()).Order(StringComparer.Ordinal)];

    private static async Task AssertFieldAsync(HttpClient client, string path, string field, string text)
    {
        var response = await client.GetAsync(Url(path));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(text, problem.GetProperty("errors").GetProperty(field)[0].GetString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("errorsZh").GetProperty(field)[0].GetString()));
    }
}
