using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClusterScope.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClusterScope.Web.Tests.Leads;

/// <summary>The lead API and pages through the real host: a zone manager's lead from creation to a verified win, what another
/// zone sees, and the errors that name their field.</summary>
[Collection(WebTestGroup.Name)]
public sealed class LeadApiTests(TestApp app)
{
    private static Uri Url(string path) => new(path, UriKind.Relative);

    [Fact]
    public async Task A_lead_goes_from_identified_to_a_verified_win_that_only_then_shows_in_the_totals()
    {
        var (zone, other) = (await ZoneAsync(10), await ZoneAsync(11));
        var (mine, theirs, reviewer) = (Unique("manager"), Unique("manager"), Unique("reviewer"));
        await app.CreateUserAsync(mine, "zone-manager", zone);
        await app.CreateUserAsync(theirs, "zone-manager", other);
        await app.CreateUserAsync(reviewer, "admin");
        using var me = await app.ClientForAsync(mine);
        using var them = await app.ClientForAsync(theirs);
        using var province = await app.ClientForAsync(reviewer);

        var created = await me.PostAsJsonAsync(Url("/api/v1/leads"), new { companyName = "API battery works " + mine, zoneCode = zone, expectedInvestment = 8.5, expectedJobs = 300 });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        Assert.Equal(HttpStatusCode.NotFound, (await them.GetAsync(Url($"/api/v1/leads/{id}"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await them.GetAsync(Url($"/leads/{id}"))).StatusCode);

        var skip = await me.PostAsJsonAsync(Url($"/api/v1/leads/{id}/move"), new { version = 0, stage = "signed" });
        Assert.Equal(HttpStatusCode.BadRequest, skip.StatusCode);
        Assert.Contains("skips contacted, visited, negotiating", await skip.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var unknown = await me.PostAsJsonAsync(Url($"/api/v1/leads/{id}/move"), new { version = 0, stage = "won" });
        Assert.Contains("Unknown stage 'won'", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var version = await OkVersionAsync(await me.PostAsJsonAsync(Url($"/api/v1/leads/{id}/move"), new { version = 0, stage = "signed", reason = "signed at the investment fair" }));

        using var evidence = new MultipartFormDataContent { { new StringContent(version.ToString(System.Globalization.CultureInfo.InvariantCulture)), "version" }, { new StringContent("true"), "evidence" } };
        evidence.Add(new ByteArrayContent("%PDF-1.4 signed agreement"u8.ToArray()), "file", "agreement.pdf");
        version = await OkVersionAsync(await me.PostAsync(Url($"/api/v1/leads/{id}/documents"), evidence));
        version = await OkVersionAsync(await me.PostAsJsonAsync(Url($"/api/v1/leads/{id}/request-verification"), new { version }));
        Assert.Equal(HttpStatusCode.Forbidden, (await me.PostAsJsonAsync(Url($"/api/v1/leads/{id}/verify"), new { version })).StatusCode);
        Assert.DoesNotContain(zone, await (await province.GetAsync(Url("/api/v1/leads/verified"))).Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await OkVersionAsync(await province.PostAsJsonAsync(Url($"/api/v1/leads/{id}/verify"), new { version }));
        var totals = await (await province.GetAsync(Url("/api/v1/leads/verified"))).Content.ReadFromJsonAsync<JsonElement>();
        var row = totals.EnumerateArray().Single(t => t.GetProperty("zoneCode").GetString() == zone);
        Assert.Equal((8.5, 300), (row.GetProperty("investment").GetDouble(), row.GetProperty("jobs").GetInt32()));

        var board = await (await me.GetAsync(Url("/leads?culture=zh-CN&ui-culture=zh-CN"))).Content.ReadAsStringAsync();
        Assert.Contains($"id=\"lead-card-{id}\"", board, StringComparison.Ordinal);
        Assert.Contains("已核验", board, StringComparison.Ordinal);
        var page = await (await me.GetAsync(Url($"/leads/{id}?culture=zh-CN&ui-culture=zh-CN"))).Content.ReadAsStringAsync();
        Assert.Contains("签约", page, StringComparison.Ordinal);
        Assert.Contains("agreement.pdf", page, StringComparison.Ordinal);
        var document = await me.GetAsync(Url($"/api/v1/leads/{id}"));
        var documentId = (await document.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("documents")[0].GetProperty("id").GetInt64();
        var bytes = await me.GetAsync(Url($"/api/v1/leads/{id}/documents/{documentId}"));
        Assert.Equal("application/pdf", bytes.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await them.GetAsync(Url($"/api/v1/leads/{id}/documents/{documentId}"))).StatusCode);
    }

    [Fact]
    public async Task A_leads_impact_runs_its_investment_and_output_through_the_jilin_table_on_the_api_and_its_page()
    {
        var (zone, other) = (await ZoneAsync(13), await ZoneAsync(14));
        var (mine, theirs) = (Unique("manager"), Unique("manager"));
        await app.CreateUserAsync(mine, "zone-manager", zone);
        await app.CreateUserAsync(theirs, "zone-manager", other);
        using var me = await app.ClientForAsync(mine);
        using var them = await app.ClientForAsync(theirs);
        var created = await me.PostAsJsonAsync(Url("/api/v1/leads"), new
        {
            companyName = "Impact battery works " + mine, zoneCode = zone, chainCode = "auto", segmentCode = "batteries", expectedInvestment = 10.0, expectedOutput = 6.0,
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();

        var impact = await me.GetFromJsonAsync<JsonElement>(Url($"/api/v1/leads/{id}/impact"));
        Assert.Equal(("china-2020-42", "flq", "segment"), (impact.GetProperty("table").GetString(), impact.GetProperty("method").GetString(), impact.GetProperty("industryFrom").GetString()));
        Assert.Equal("3841", impact.GetProperty("industryCode").GetString());
        var construction = impact.GetProperty("construction").GetProperty("output");
        Assert.InRange(construction.GetProperty("direct").GetDouble(), 0.1, 10);
        Assert.True(construction.GetProperty("total").GetDouble() > construction.GetProperty("direct").GetDouble());
        Assert.Equal(6.0, impact.GetProperty("operation").GetProperty("output").GetProperty("direct").GetDouble(), 9);
        Assert.True(impact.GetProperty("operation").GetProperty("jobs").GetProperty("total").GetDouble() > 0);
        Assert.Equal(HttpStatusCode.NotFound, (await them.GetAsync(Url($"/api/v1/leads/{id}/impact"))).StatusCode);

        var page = await (await me.GetAsync(Url($"/leads/{id}?culture=zh-CN&ui-culture=zh-CN"))).Content.ReadAsStringAsync();
        Assert.Contains("预期带动效应（投入产出）", page, StringComparison.Ordinal);
        Assert.Contains("id=\"impact-construction\"", page, StringComparison.Ordinal);
        Assert.Contains("id=\"impact-operation\"", page, StringComparison.Ordinal);
        Assert.Contains("3841", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_zone_manager_edits_a_lead_on_its_form_and_a_stale_form_is_refused_not_overwritten()
    {
        var (zone, other) = (await ZoneAsync(15), await ZoneAsync(16));
        var (mine, theirs) = (Unique("manager"), Unique("manager"));
        await app.CreateUserAsync(mine, "zone-manager", zone);
        await app.CreateUserAsync(theirs, "zone-manager", other);
        using var me = await app.ClientForAsync(mine);
        using var them = await app.ClientForAsync(theirs);
        var created = await me.PostAsJsonAsync(Url("/api/v1/leads"), new { companyName = "Form edit works " + mine, zoneCode = zone, expectedInvestment = 2.0 });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();

        var form = await me.GetStringAsync(Url($"/leads/{id}/edit"));
        Assert.Contains("Form edit works " + mine, form, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await them.GetAsync(Url($"/leads/{id}/edit"))).StatusCode);
        var token = Authorisation.Matrix.Token(form);
        FormUrlEncodedContent Fields(string version, string output) => new(new Dictionary<string, string>
        {
            ["Version"] = version, ["CompanyName"] = "Form edit works " + mine, ["ZoneCode"] = zone, ["ExpectedInvestment"] = "2",
            ["ExpectedOutput"] = output, ["NextAction"] = "Site visit", ["__RequestVerificationToken"] = token,
        });

        var saved = await me.PostAsync(Url($"/leads/{id}/edit"), Fields("0", "3.5"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal($"/leads/{id}?done=saved", saved.Headers.Location!.OriginalString);
        var lead = (await me.GetFromJsonAsync<JsonElement>(Url($"/api/v1/leads/{id}"))).GetProperty("lead");
        Assert.Equal((3.5, "Site visit"), (lead.GetProperty("expectedOutput").GetDouble(), lead.GetProperty("nextAction").GetString()));

        var stale = await me.PostAsync(Url($"/leads/{id}/edit?culture=zh-CN&ui-culture=zh-CN"), Fields("0", "9"));
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("id=\"refusal\"", await stale.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        lead = (await me.GetFromJsonAsync<JsonElement>(Url($"/api/v1/leads/{id}"))).GetProperty("lead");
        Assert.Equal(3.5, lead.GetProperty("expectedOutput").GetDouble());
    }

    [Fact]
    public async Task Bad_fields_come_back_as_problem_details_naming_each_field_in_both_languages()
    {
        var zone = await ZoneAsync(12);
        var mine = Unique("manager");
        await app.CreateUserAsync(mine, "zone-manager", zone);
        using var me = await app.ClientForAsync(mine);
        var refused = await me.PostAsJsonAsync(Url("/api/v1/leads"), new { companyName = "", zoneCode = zone, expectedJobs = -1 });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Give the company's name.", problem.GetProperty("errors").GetProperty("companyName")[0].GetString());
        Assert.Equal("就业岗位数不能为负。", problem.GetProperty("errorsZh").GetProperty("expectedJobs")[0].GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await me.GetAsync(Url("/api/v1/leads?stage=won"))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await me.GetAsync(Url("/api/v1/leads?stages=signed"))).StatusCode);

        var form = await me.GetAsync(Url("/leads/new?culture=zh-CN&ui-culture=zh-CN"));
        var token = Authorisation.Matrix.Token(await form.Content.ReadAsStringAsync());
        var posted = await me.PostAsync(Url("/leads/new?culture=zh-CN&ui-culture=zh-CN"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["CompanyName"] = "", ["ZoneCode"] = zone,
        }));
        Assert.Contains("请填写企业名称。", await posted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<int> OkVersionAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("version").GetInt32();
    }

    private async Task<string> ZoneAsync(int index)
    {
        await using var scope = app.App.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<ClusterScopeDbContext>().Zones.AsNoTracking().OrderBy(z => z.Code).Select(z => z.Code).ToListAsync())[index];
    }

    private static string Unique(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..20];
}
