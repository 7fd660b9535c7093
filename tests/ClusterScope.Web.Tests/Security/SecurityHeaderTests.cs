using System.Net;
using System.Text.RegularExpressions;

namespace ClusterScope.Web.Tests.Security;

/// <summary>The security headers on pages, API answers and static files, and HSTS and Secure cookies behind HTTPS.</summary>
[Collection(WebTestGroup.Name)]
public sealed partial class SecurityHeaderTests(TestApp app)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/api/v1/zones?pageSize=1")]
    [InlineData("/css/site.css")]
    [InlineData("/lib/echarts/echarts.min.js")]
    [InlineData("/no-such-page")]
    public async Task Every_response_carries_the_security_headers(string path)
    {
        using var response = await app.Client().GetAsync(new Uri(path, UriKind.Relative));

        var csp = Header(response, "Content-Security-Policy");
        var scripts = ScriptSrc().Match(csp).Groups[1].Value;
        Assert.Contains("'self'", scripts, StringComparison.Ordinal);
        Assert.Matches("'nonce-[A-Za-z0-9+/=]{20,}'", scripts);
        Assert.DoesNotContain("unsafe", scripts, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.False(response.Headers.Contains("Strict-Transport-Security"), "HSTS over plain HTTP");
        Assert.False(response.Headers.Contains("Server"));
    }

    [Theory]
    [InlineData("/belts")]
    [InlineData("/zones/22101001")]
    public async Task Every_inline_script_of_a_page_carries_the_nonce_of_its_policy(string path)
    {
        using var response = await app.Client().GetAsync(new Uri(path, UriKind.Relative));
        var nonce = Nonce().Match(Header(response, "Content-Security-Policy")).Groups[1].Value;
        var html = await response.Content.ReadAsStringAsync();

        var inline = InlineScript().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        Assert.NotEmpty(inline);
        Assert.All(inline, attributes => Assert.Contains($"nonce=\"{nonce}\"", attributes, StringComparison.Ordinal));
        Assert.DoesNotMatch(" on[a-z]+=\"", html);
    }

    [Fact]
    public async Task Behind_an_HTTPS_proxy_HSTS_is_sent_and_every_cookie_is_Secure()
    {
        // Cookies by hand: a cookie jar would not send Secure cookies back over the test's plain HTTP.
        using var http = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = app.BaseAddress };
        http.DefaultRequestHeaders.Host = "clusterscope.example.org";
        http.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");

        using var language = await http.GetAsync(new Uri("/language/zh-CN?returnUrl=/", UriKind.Relative));
        using var form = await http.GetAsync(new Uri("/account/login", UriKind.Relative));
        Assert.StartsWith("max-age=31536000", Header(form, "Strict-Transport-Security"), StringComparison.Ordinal);
        var antiforgery = form.Headers.GetValues("Set-Cookie").Single().Split(';')[0];
        using var post = new HttpRequestMessage(HttpMethod.Post, new Uri("/account/login", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["UserName"] = "admin", ["Password"] = TestApp.AdminPassword,
                ["__RequestVerificationToken"] = Authorisation.Matrix.Token(await form.Content.ReadAsStringAsync()),
            }),
        };
        post.Headers.Add("Cookie", antiforgery);
        using var signedIn = await http.SendAsync(post);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);

        var cookies = new[] { language, form, signedIn }.SelectMany(r => r.Headers.GetValues("Set-Cookie")).ToList();
        Assert.Contains(cookies, c => c.StartsWith("clusterscope.auth=", StringComparison.Ordinal));
        Assert.Contains(cookies, c => c.StartsWith(".AspNetCore.Culture=", StringComparison.Ordinal));
        Assert.Contains(cookies, c => c.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal));
        Assert.All(cookies, c => Assert.Contains("; secure", c, StringComparison.OrdinalIgnoreCase));
    }

    private static string Header(HttpResponseMessage response, string name) =>
        string.Join(", ", response.Headers.TryGetValues(name, out var values) ? values
            : response.Content.Headers.TryGetValues(name, out var content) ? content : []);

    [GeneratedRegex("script-src ([^;]*)")]
    private static partial Regex ScriptSrc();

    [GeneratedRegex("'nonce-([^']+)'")]
    private static partial Regex Nonce();

    [GeneratedRegex("<script((?![^>]*\\ssrc=)[^>]*)>")]
    private static partial Regex InlineScript();
}
