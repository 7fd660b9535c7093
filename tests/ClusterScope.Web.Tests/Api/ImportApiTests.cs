using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace ClusterScope.Web.Tests.Api;

[Collection(WebTestGroup.Name)]
public sealed class ImportApiTests(TestApp app)
{
    private const string Header = "entity_kind,entity_code,indicator_code,period,value,status,provenance,source";

    private static Uri Url(string path) => new(path, UriKind.Relative);

    private static MultipartFormDataContent Upload(string name, string csv) => CsvUpload.Of(name, csv);

    [Fact]
    public async Task An_anonymous_upload_is_refused_with_401()
    {
        using var client = app.Client();
        using var content = Upload("a.csv", $"{Header}\n");
        var response = await client.PostAsync(Url("/api/v1/imports/observations"), content);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task An_admin_upload_answers_the_report_and_a_refused_one_answers_400_with_the_errors()
    {
        using var client = await app.AdminClientAsync();
        using var good = Upload("api.csv", $"{Header}\nZone,22101001,zone_industrial_output,2033-01,9.5,Reported,Real,api\n");
        var response = await client.PostAsync(Url("/api/v1/imports/observations?dryRun=false"), good);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1, report.GetProperty("added").GetInt32());
        Assert.True(report.GetProperty("written").GetBoolean());

        using var bad = Upload("bad.csv", $"{Header}\nZone,22101001,zone_industrial_output,2033-02,-3,Reported,Real,api\n");
        var refused = await client.PostAsync(Url("/api/v1/imports/observations"), bad);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        var error = problem.GetProperty("errors")[0];
        Assert.Equal((2, "value"), (error.GetProperty("row").GetInt32(), error.GetProperty("column").GetString()));
        Assert.Contains("负数", error.GetProperty("messageZh").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("csv", "text/csv")]
    [InlineData("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]
    public async Task Templates_download_as_csv_or_xlsx(string format, string mediaType)
    {
        using var client = app.Client();
        var response = await client.GetAsync(Url($"/api/v1/imports/templates/zones?format={format}"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType!.MediaType);
        Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 100);
    }
}
