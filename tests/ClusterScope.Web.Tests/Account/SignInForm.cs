using System.Text.RegularExpressions;

namespace ClusterScope.Web.Tests.Account;

/// <summary>Posts the sign-in form as a browser would, optionally as another client behind the loopback proxy.</summary>
public static partial class SignInForm
{
    /// <summary>Fetches the form (for its antiforgery token) and posts it; <paramref name="client"/> is sent as
    /// <c>X-Forwarded-For</c>, which the app believes from loopback.</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient http, string userName, string password, string? client = null,
        bool rememberMe = false, string culture = "en")
    {
        using var get = new HttpRequestMessage(HttpMethod.Get, new Uri($"/account/login?culture={culture}", UriKind.Relative));
        using var page = await http.SendAsync(get);
        var token = Authorisation.Matrix.Token(await page.Content.ReadAsStringAsync());
        var fields = new Dictionary<string, string> { ["UserName"] = userName, ["Password"] = password, ["__RequestVerificationToken"] = token };
        if (rememberMe)
        {
            fields["RememberMe"] = "true";
        }

        using var post = new HttpRequestMessage(HttpMethod.Post, new Uri($"/account/login?culture={culture}", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent(fields),
        };
        if (client is not null)
        {
            post.Headers.Add("X-Forwarded-For", client);
        }

        return await http.SendAsync(post);
    }

    /// <summary>The error the sign-in page shows, or null.</summary>
    public static async Task<string?> ErrorAsync(HttpResponseMessage response) =>
        Error().Match(await response.Content.ReadAsStringAsync()) is { Success: true } m ? System.Net.WebUtility.HtmlDecode(m.Groups[1].Value) : null;

    [GeneratedRegex("id=\"login-error\">([^<]*)<")]
    private static partial Regex Error();
}
