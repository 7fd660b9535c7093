using System.Net;
using System.Text.RegularExpressions;

namespace ClusterScope.Web.Tests.Account;

/// <summary>Two-factor sign-in with an authenticator app: turned on with a code computed here, then asked for at sign-in.</summary>
[Collection(WebTestGroup.Name)]
public sealed partial class TwoFactorTests(TestApp app)
{
    [Fact]
    public void The_code_helper_matches_the_RFC_6238_test_vector()
    {
        // RFC 6238 appendix B: SHA1 key "12345678901234567890", T = 59 s gives 94287082; the last six digits.
        Assert.Equal("287082", Totp.Code("12345678901234567890"u8.ToArray(), DateTimeOffset.FromUnixTimeSeconds(59)));
    }

    [Fact]
    public async Task An_admin_turns_on_two_factor_and_then_signs_in_with_a_code_or_a_recovery_code()
    {
        var name = "totp-" + Guid.NewGuid().ToString("N")[..8];
        await app.CreateUserAsync(name, "admin");
        using var first = app.Client();
        Assert.Equal(HttpStatusCode.Redirect, (await SignInForm.PostAsync(first, name, TestApp.AdminPassword)).StatusCode);
        var setup = await first.GetStringAsync(new Uri("/account/two-factor", UriKind.Relative));
        var key = KeyField().Match(setup).Groups[1].Value;
        Assert.Contains($"otpauth://totp/ClusterScope%3A{name}?secret={key}&amp;issuer=ClusterScope", setup, StringComparison.Ordinal);
        var secret = Totp.FromBase32(key);

        Assert.Contains("The code is wrong.", await PostCodeAsync(first, "/account/two-factor", "000000"), StringComparison.Ordinal);
        var enabled = await PostCodeAsync(first, "/account/two-factor", Totp.Code(secret, DateTimeOffset.UtcNow));
        Assert.Contains("Two-factor sign-in is on for your account.", enabled, StringComparison.Ordinal);
        var recovery = RecoveryCode().Matches(enabled).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(10, recovery.Count);

        using var second = app.Client();
        using var password = await SignInForm.PostAsync(second, name, TestApp.AdminPassword);
        Assert.Equal(HttpStatusCode.Redirect, password.StatusCode);
        Assert.StartsWith("/account/login/two-factor", password.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await second.GetAsync(new Uri("/admin/users", UriKind.Relative))).StatusCode);
        Assert.Contains("The code is wrong.", await PostCodeAsync(second, "/account/login/two-factor", "123456"), StringComparison.Ordinal);
        // The next step's code: a code already used may be refused as a replay.
        using var signedIn = await PostCodeResponseAsync(second, "/account/login/two-factor", Totp.Code(secret, DateTimeOffset.UtcNow.AddSeconds(30)));
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync(new Uri("/admin/users", UriKind.Relative))).StatusCode);

        using var third = app.Client();
        await SignInForm.PostAsync(third, name, TestApp.AdminPassword);
        using var byRecovery = await PostCodeResponseAsync(third, "/account/login/two-factor", recovery[0].ToLowerInvariant());
        Assert.Equal(HttpStatusCode.Redirect, byRecovery.StatusCode);
    }

    private static async Task<string> PostCodeAsync(HttpClient http, string path, string code)
    {
        using var response = await PostCodeResponseAsync(http, path, code);
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task<HttpResponseMessage> PostCodeResponseAsync(HttpClient http, string path, string code)
    {
        var token = Authorisation.Matrix.Token(await http.GetStringAsync(new Uri(path, UriKind.Relative)));
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["Code"] = code, ["__RequestVerificationToken"] = token });
        return await http.PostAsync(new Uri(path, UriKind.Relative), form);
    }

    [GeneratedRegex("id=\"authenticator-key\" data-key=\"([A-Z2-7]+)\"")]
    private static partial Regex KeyField();

    [GeneratedRegex("<li>([A-Za-z0-9]{5}-[A-Za-z0-9]{5})</li>")]
    private static partial Regex RecoveryCode();
}
