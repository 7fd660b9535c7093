using System.Net;
using ClusterScope.Data.Auditing;
using ClusterScope.Web.Features.Users;
using Microsoft.Extensions.DependencyInjection;

namespace ClusterScope.Web.Tests.Account;

/// <summary>The sign-in form's answers and cookies (limits raised; <see cref="SignInLimitTests"/> has the defaults).</summary>
[Collection(WebTestGroup.Name)]
public sealed class SignInTests(TestApp app)
{
    [Fact]
    public async Task An_unknown_name_a_locked_account_and_a_wrong_password_get_the_same_answer()
    {
        var locked = "locked-" + Guid.NewGuid().ToString("N")[..8];
        await app.CreateUserAsync(locked, null);
        await using (var scope = app.App.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserAdministration>();
            var user = (await users.ListAsync(default)).Single(u => u.UserName == locked);
            Assert.Equal(UserChangeStatus.Done, (await users.SetLockedAsync(user.Id, true, user.ConcurrencyStamp, "", new AuditScope("test", "test"), default)).Status);
        }

        using var http = app.Client();
        var answers = new List<(HttpStatusCode, string?)>();
        foreach (var (name, password) in new[] { ("nobody-" + Guid.NewGuid().ToString("N")[..8], TestApp.AdminPassword), (locked, TestApp.AdminPassword), (locked, "Wrong-password-1"), ("admin", "Wrong-password-1") })
        {
            using var response = await SignInForm.PostAsync(http, name, password);
            answers.Add((response.StatusCode, await SignInForm.ErrorAsync(response)));
        }

        Assert.All(answers, a => Assert.Equal((HttpStatusCode.OK, "User name or password is wrong."), a));
    }

    [Fact]
    public async Task The_auth_cookie_is_a_session_cookie_unless_keep_me_signed_in_is_ticked()
    {
        using var session = await SignInForm.PostAsync(app.Client(), "admin", TestApp.AdminPassword);
        var cookie = AuthCookie(session);
        Assert.DoesNotContain("expires=", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);

        using var remembered = await SignInForm.PostAsync(app.Client(), "admin", TestApp.AdminPassword, rememberMe: true);
        var expires = DateTimeOffset.Parse(AuthCookie(remembered).Split(';').Select(p => p.Trim())
            .Single(p => p.StartsWith("expires=", StringComparison.OrdinalIgnoreCase))[8..], System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(expires - DateTimeOffset.UtcNow, TimeSpan.FromDays(13.9), TimeSpan.FromDays(14.1));
    }

    private static string AuthCookie(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("clusterscope.auth=", StringComparison.Ordinal));
    }
}
