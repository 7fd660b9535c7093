using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ClusterScope.Web.Tests.Browser;

/// <summary>The users and audit pages in a real browser: creating a zone manager, changing the role, the audit search.</summary>
[Collection(WebTestGroup.Name)]
public sealed partial class UserPagesTests(TestApp app, BrowserFixture browser)
{
    private async Task<IPage> SignInAsync(string userName, string password)
    {
        var page = await browser.NewPageAsync(app.BaseAddress);
        await page.GotoAsync("/account/login");
        await page.FillAsync("#UserName", userName);
        await page.FillAsync("#Password", password);
        await page.ClickAsync("#login");
        await Expect(page.Locator("#signed-in-as")).ToBeVisibleAsync();
        return page;
    }

    [Fact]
    public async Task An_admin_creates_a_zone_manager_changes_the_role_and_finds_it_in_the_audit_log()
    {
        var name = $"browser-{Guid.NewGuid():N}"[..16];
        var page = await SignInAsync("admin", TestApp.AdminPassword);
        await Expect(page.Locator("#signed-in-role")).ToHaveTextAsync("Admin");
        await page.ClickAsync("#nav-manage-toggle");
        await page.ClickAsync("#nav-users");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Users");
        await page.ClickAsync("#new-user");
        await page.FillAsync("#UserName", name);
        await page.FillAsync("#Password", "Browser-password-1");
        await page.SelectOptionAsync("#Role", "zone-manager");
        await page.ClickAsync("#create");
        await Expect(page.Locator(".validation-summary-errors")).ToContainTextAsync("A zone manager needs at least one zone.");
        await BrowserFixture.ScreenshotAsync(page, "user-new-en");
        await page.FillAsync("#Password", "Browser-password-1");
        await page.CheckAsync("#zone-22101001");
        await page.ClickAsync("#create");
        await Expect(page).ToHaveURLAsync(UsersUrl());
        await Expect(page.Locator("#user-table")).ToContainTextAsync(name);
        await BrowserFixture.ScreenshotAsync(page, "users-en");

        await page.ClickAsync($"#user-table tr:has-text('{name}') a");
        await page.SelectOptionAsync("#Role", "analyst");
        await page.ClickAsync("#save-role");
        await Expect(page.Locator("#saved")).ToBeVisibleAsync();
        await Expect(page.Locator("#Role")).ToHaveValueAsync("analyst");
        await BrowserFixture.ScreenshotAsync(page, "user-edit-en");

        await page.ClickAsync("#nav-manage-toggle");

        await page.ClickAsync("#nav-audit");
        await page.FillAsync("#f-key", name);
        await page.ClickAsync("#audit-filters button[type=submit]");
        await Expect(page.Locator("#audit-table tbody tr")).ToHaveCountAsync(5);
        await Expect(page.Locator("#audit-table")).ToContainTextAsync("zone-manager");
        await BrowserFixture.ScreenshotAsync(page, "audit-en");

        await page.ClickAsync("#lang-zh");
        await Expect(page.Locator("h1")).ToHaveTextAsync("审计日志");
        await BrowserFixture.ScreenshotAsync(page, "audit-zh");
        await page.GotoAsync("/admin/users");
        await Expect(page.Locator("h1")).ToHaveTextAsync("用户");
        await Expect(page.Locator("#signed-in-role")).ToHaveTextAsync("管理员");
        await BrowserFixture.ScreenshotAsync(page, "users-zh");
        await page.GotoAsync("/admin/users/new");
        await page.ClickAsync("#create");
        await Expect(page.Locator(".validation-summary-errors")).ToContainTextAsync("请输入用户名。");
        await BrowserFixture.ScreenshotAsync(page, "user-new-zh");
        await page.GotoAsync("/zones/22101001");
        await page.ClickAsync("#history summary");
        await Expect(page.Locator("#history")).ToHaveAttributeAsync("open", "");
        await BrowserFixture.ScreenshotAsync(page, "zone-history-zh");
        await page.ClickAsync("#lang-en");
        await page.Context.CloseAsync();
    }

    [GeneratedRegex("/admin/users$")]
    private static partial Regex UsersUrl();
}
