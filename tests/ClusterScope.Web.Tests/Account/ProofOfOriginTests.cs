using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClusterScope.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClusterScope.Web.Tests.Account;

/// <summary>Cookie-authenticated writes need proof that they come from the app's own pages: the antiforgery token, and an
/// <c>Origin</c> (when sent) naming this site. The cases of issue 16: a cross-origin publish, a cross-origin upload, a logout.</summary>
[Collection(WebTestGroup.Name)]
public sealed class ProofOfOriginTests(TestApp app)
{
    private const string Evil = "http://evil.example";

    private static Uri Url(string path) => new(path, UriKind.Relative);

    [Fact]
    public async Task Publishing_a_run_from_another_site_is_refused_and_the_run_stays_unpublished()
    {
        using var admin = await app.AdminClientAsync();
        var frameworks = await admin.GetFromJsonAsync<JsonElement>(Url("/api/v1/evaluation/frameworks"));
        var framework = frameworks.EnumerateArray().First(f => f.GetProperty("isBuiltIn").GetBoolean()).GetProperty("id").GetInt32();
        var created = await admin.PostAsJsonAsync(Url("/api/v1/evaluation/runs"), new { frameworkId = framework, year = 2017, replications = 20, seed = 5 });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var runId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        using var forger = await WithoutTokenAsync();

        // What another site's auto-submitting form sends: the cookie, a form body, its own Origin, no token it could not read.
        using var forged = new HttpRequestMessage(HttpMethod.Post, Url($"/api/v1/evaluation/runs/{runId}/publish"))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["x"] = "1" }),
        };
        forged.Headers.Add("Origin", Evil);
        var refused = await forger.SendAsync(forged);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("Cross-origin request refused", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await forger.PostAsync(Url($"/api/v1/evaluation/runs/{runId}/publish"), null)).StatusCode);
        Assert.False(await PublishedAsync(runId));

        // The same admin's own page scripts, with the token, from this site.
        using var own = new HttpRequestMessage(HttpMethod.Post, Url($"/api/v1/evaluation/runs/{runId}/publish"));
        own.Headers.Add("Origin", app.BaseAddress.GetLeftPart(UriPartial.Authority));
        Assert.Equal(HttpStatusCode.OK, (await admin.SendAsync(own)).StatusCode);
        Assert.True(await PublishedAsync(runId));
    }

    [Fact]
    public async Task A_cookie_write_without_its_sessions_token_or_from_another_origin_is_refused_with_the_reason()
    {
        using var forger = await WithoutTokenAsync();
        using var upload = new MultipartFormDataContent { { new StringContent("entity_kind,entity_code,indicator,period,value\n"), "file", "o.csv" } };
        var missing = await forger.PostAsync(Url("/api/v1/imports/observations?dryRun=true"), upload);
        Assert.Equal(HttpStatusCode.Forbidden, missing.StatusCode);
        var problem = await missing.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Antiforgery token missing or invalid", problem.GetProperty("title").GetString());
        Assert.Contains("X-CSRF-TOKEN", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        using var admin = await app.AdminClientAsync();
        using var foreign = new HttpRequestMessage(HttpMethod.Post, Url("/api/v1/plans")) { Content = JsonContent.Create(new { code = "cross-origin" }) };
        foreign.Headers.Add("Origin", Evil);
        var refused = await admin.SendAsync(foreign);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains(Evil, await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var otherSession = await app.AdminClientAsync();
        using var stolen = new HttpRequestMessage(HttpMethod.Post, Url("/api/v1/plans")) { Content = JsonContent.Create(new { code = "other-session" }) };
        stolen.Headers.Add("X-CSRF-TOKEN", await TestApp.AntiforgeryTokenAsync(otherSession));
        Assert.Equal(HttpStatusCode.Forbidden, (await forger.SendAsync(stolen)).StatusCode);
    }

    [Fact]
    public async Task Signing_out_needs_the_token_of_the_layouts_form()
    {
        using var user = await WithoutTokenAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await user.PostAsync(Url("/account/logout"), null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await user.GetAsync(Url("/account/tokens"))).StatusCode);

        var page = await user.GetStringAsync(Url("/account/tokens"));
        var form = page[page.IndexOf("action=\"/account/logout\"", StringComparison.Ordinal)..];
        using var body = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = Authorisation.Matrix.Token(form) });
        var signedOut = await user.PostAsync(Url("/account/logout"), body);
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await user.GetAsync(Url("/account/tokens"))).StatusCode);
    }

    [Fact]
    public async Task The_antiforgery_token_is_served_as_json_without_cors()
    {
        using var admin = await app.AdminClientAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, Url("/api/v1/account/antiforgery"));
        request.Headers.Add("Origin", Evil);
        var response = await admin.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("X-CSRF-TOKEN", body.GetProperty("headerName").GetString());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("token").GetString()));
    }

    /// <summary>The admin signed in, without the antiforgery header the test clients usually send: a cookie alone.</summary>
    private async Task<HttpClient> WithoutTokenAsync()
    {
        var client = await app.AdminClientAsync();
        client.DefaultRequestHeaders.Remove("X-CSRF-TOKEN");
        return client;
    }

    private async Task<bool> PublishedAsync(int runId)
    {
        await using var scope = app.App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ClusterScopeDbContext>().EvaluationPublications.AnyAsync(p => p.RunId == runId);
    }
}
