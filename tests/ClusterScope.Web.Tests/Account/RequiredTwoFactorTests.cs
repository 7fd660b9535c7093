using System.Net;

namespace ClusterScope.Web.Tests.Account;

/// <summary>With <c>Security:RequireAdminTwoFactor</c>, an admin without a second factor can only set one up.</summary>
public sealed class RequiredTwoFactorTests(RequiredTwoFactorApp app) : IClassFixture<RequiredTwoFactorApp>
{
    [Fact]
    public async Task An_admin_signed_in_with_a_password_only_is_sent_to_set_up_two_factor_and_the_API_refuses_them()
    {
        using var http = app.Client();
        Assert.Equal(HttpStatusCode.Redirect, (await SignInForm.PostAsync(http, "admin", TestApp.AdminPassword)).StatusCode);

        using var page = await http.GetAsync(new Uri("/admin/users", UriKind.Relative));
        Assert.Equal("/account/two-factor", page.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Forbidden, (await http.GetAsync(new Uri("/api/v1/audit", UriKind.Relative))).StatusCode);
        var setup = await http.GetStringAsync(new Uri("/account/two-factor", UriKind.Relative));
        Assert.Contains("id=\"two-factor-required\"", setup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_user_without_the_admin_role_is_not_asked()
    {
        var name = "analyst-" + Guid.NewGuid().ToString("N")[..8];
        await app.CreateUserAsync(name, "analyst");
        using var http = app.Client();
        Assert.Equal(HttpStatusCode.Redirect, (await SignInForm.PostAsync(http, name, TestApp.AdminPassword)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(new Uri("/api/v1/submissions", UriKind.Relative))).StatusCode);
    }
}
