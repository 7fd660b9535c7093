using System.Net;

namespace ClusterScope.Web.Tests.Account;

/// <summary>The sign-in limits with their default settings. Each test signs in as its own made-up client addresses
/// (<c>X-Forwarded-For</c> from loopback), so the tests share one app without sharing a budget.</summary>
public sealed class SignInLimitTests(DefaultLimitsApp app) : IClassFixture<DefaultLimitsApp>
{
    [Fact]
    public async Task One_client_gets_429_with_Retry_After_after_20_attempts_in_a_minute_whatever_the_names()
    {
        using var http = app.Client();
        await FailAsync(http, 20, i => ($"nobody-{i}", "198.51.100.20"));

        using var limited = await SignInForm.PostAsync(http, "admin", TestApp.AdminPassword, "198.51.100.20");
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.InRange(limited.Headers.RetryAfter!.Delta!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));
        Assert.Equal("Too many sign-in attempts. Try again in 1 minutes.", await SignInForm.ErrorAsync(limited));
        using var chinese = await SignInForm.PostAsync(http, "admin", TestApp.AdminPassword, "198.51.100.20", culture: "zh-CN");
        Assert.Equal("登录尝试次数过多，请 1 分钟后再试。", await SignInForm.ErrorAsync(chinese));

        using var other = await SignInForm.PostAsync(http, "admin", TestApp.AdminPassword, "198.51.100.21");
        Assert.Equal(HttpStatusCode.Redirect, other.StatusCode);
    }

    [Fact]
    public async Task An_attackers_failures_hold_off_their_client_and_not_the_real_admin_on_another()
    {
        using var attacker = app.Client();
        for (var i = 0; i < 5; i++)
        {
            using var wrong = await SignInForm.PostAsync(attacker, "admin", $"Guess-number-{i}", "203.0.113.66");
            Assert.Equal("User name or password is wrong.", await SignInForm.ErrorAsync(wrong));
        }

        using var held = await SignInForm.PostAsync(attacker, "admin", TestApp.AdminPassword, "203.0.113.66");
        Assert.Equal(HttpStatusCode.TooManyRequests, held.StatusCode);
        Assert.Equal(TimeSpan.FromMinutes(15), held.Headers.RetryAfter!.Delta);

        using var admin = app.Client();
        using var signedIn = await SignInForm.PostAsync(admin, "admin", TestApp.AdminPassword, "192.0.2.10");
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
    }

    [Fact]
    public async Task Clients_in_one_IPv6_64_network_share_one_budget()
    {
        using var http = app.Client();
        await FailAsync(http, 20, i => ($"nobody-v6-{i}", $"2001:db8:1:2::{i + 1:x}"));

        using var limited = await SignInForm.PostAsync(http, "nobody-else", "Wrong-password-1", "2001:db8:1:2:ffff::1");
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        using var neighbour = await SignInForm.PostAsync(http, "nobody-else", "Wrong-password-1", "2001:db8:1:3::1");
        Assert.Equal(HttpStatusCode.OK, neighbour.StatusCode);
    }

    // Wrong passwords, each answered as such (not yet limited).
    private static async Task FailAsync(HttpClient http, int attempts, Func<int, (string Name, string Client)> attempt)
    {
        for (var i = 0; i < attempts; i++)
        {
            var (name, client) = attempt(i);
            using var refused = await SignInForm.PostAsync(http, name, "Wrong-password-1", client);
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        }
    }
}
