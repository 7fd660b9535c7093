using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ClusterScope.Web.Tests.Browser;

/// <summary>The API tokens page and the sign-out button in a real browser, which sends its own <c>Origin</c> with every form.</summary>
[Collection(WebTestGroup.Name)]
public sealed class TokenPagesTests(TestApp app, BrowserFixture browser)
{
    [Fact]
    public async Task A_user_creates_a_token_sees_it_once_revokes_it_and_signs_out()
    {
        var user = $"browser-tokens-{Guid.NewGuid():N}"[..24];
        await app.CreateUserAsync(user, "analyst");
        var page = await browser.NewPageAsync(app.BaseAddress);
        await page.GotoAsync("/account/login");
        await page.FillAsync("#UserName", user);
        await page.FillAsync("#Password", TestApp.AdminPassword);
        await page.ClickAsync("#login");
        await page.ClickAsync("#signed-in-as");
        await page.ClickAsync("#nav-tokens");
        await Expect(page.Locator("h1")).ToHaveTextAsync("API tokens");

        await page.ClickAsync("#create-token");
        await Expect(page.Locator(".validation-summary-errors")).ToContainTextAsync("Name the token");
        await page.FillAsync("#NewToken_Name", "browser script");
        await page.CheckAsync("#NewToken_ReadOnly");
        await page.ClickAsync("#create-token");
        var secret = await page.Locator("#token-secret").InnerTextAsync();
        Assert.StartsWith("cs_", secret, StringComparison.Ordinal);
        await Expect(page.Locator("#tokens")).ToContainTextAsync("Read only");
        await BrowserFixture.ScreenshotAsync(page, "tokens-en");

        await page.ClickAsync("#tokens .revoke-token button");
        await Expect(page.Locator("#revoked")).ToBeVisibleAsync();
        await Expect(page.Locator("#tokens .token-state")).ToHaveTextAsync("Revoked");
        Assert.DoesNotContain(secret, await page.ContentAsync(), StringComparison.Ordinal);
        await page.ClickAsync("#lang-zh");
        await Expect(page.Locator("h1")).ToHaveTextAsync("API 令牌");
        await BrowserFixture.ScreenshotAsync(page, "tokens-zh");

        await page.ClickAsync("form[action='/account/logout'] button");
        await Expect(page.Locator("#sign-in")).ToBeVisibleAsync();
    }
}
