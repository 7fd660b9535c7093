using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using ClusterScope.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClusterScope.Web.Tests.Pages;

/// <summary>The admins' import page: a dry run that shows errors or counts, then the import of the kept file.</summary>
[Collection(WebTestGroup.Name)]
public sealed partial class ImportPageTests(TestApp app)
{
    private const string Header = "entity_kind,entity_code,indicator_code,period,value,status,provenance,source";

    private static Uri Url(string path) => new(path, UriKind.Relative);

    [Fact]
    public async Task Only_admins_open_the_import_page()
    {
        using var anonymous = app.Client();
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync(Url("/imports"))).StatusCode);
        var manager = $"manager-{Guid.NewGuid().ToString("N")[..6]}";
        await app.CreateUserAsync(manager, "zone-manager", "22101001");
        using var client = await app.ClientForAsync(manager);
        var response = await client.GetAsync(Url("/imports"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_file_shows_its_errors_and_a_valid_one_is_imported_after_confirmation()
    {
        using var client = await app.AdminClientAsync();
        var bad = await CheckAsync(client, "bad.csv", $"{Header}\nZone,22101001,zone_industrial_output,2061-Q1,-5,Reported,Real,\n");
        Assert.Contains("id=\"error-table\"", bad, StringComparison.Ordinal);
        Assert.Contains("-5 is negative", bad, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"confirm\"", bad, StringComparison.Ordinal);

        var good = await CheckAsync(client, "good.csv", $"{Header}\nZone,22101001,zone_industrial_output,2061-Q1,5,Reported,Real,\n");
        Assert.Contains("good.csv is valid and would add 1, update 0 and leave 0 unchanged.", good, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync("2061-Q1"));

        using var confirm = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = TokenPattern().Match(good).Groups[1].Value,
            ["Token"] = KeptPattern().Match(good).Groups[1].Value,
            ["Kind"] = "Observations",
        });
        var imported = await (await client.PostAsync(Url("/imports?handler=Confirm"), confirm)).Content.ReadAsStringAsync();
        Assert.Contains("good.csv was imported: 1 added, 0 updated, 0 unchanged.", imported, StringComparison.Ordinal);
        Assert.Equal(1, await CountAsync("2061-Q1"));
    }

    private static async Task<string> CheckAsync(HttpClient client, string name, string csv)
    {
        var page = await client.GetStringAsync(Url("/imports"));
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(TokenPattern().Match(page).Groups[1].Value), "__RequestVerificationToken" },
            { new StringContent("Observations"), "Kind" },
            { file, "Upload", name },
        };
        var response = await client.PostAsync(Url("/imports?handler=Check"), form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private async Task<int> CountAsync(string period)
    {
        await using var scope = app.App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ClusterScopeDbContext>().Observations.CountAsync(o => o.Period == period);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("name=\"Token\" value=\"([0-9a-f]{32})\"")]
    private static partial Regex KeptPattern();
}
