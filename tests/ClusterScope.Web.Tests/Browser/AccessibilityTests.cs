using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ClusterScope.Web.Tests.Browser;

/// <summary>axe-core (Deque) on every page, in English and in Chinese, signed out and as admin: no serious or critical
/// violation of WCAG 2.1 A/AA.</summary>
[Collection(WebTestGroup.Name)]
public sealed class AccessibilityTests(TestApp app, BrowserFixture browser)
{
    /// <summary>The pages checked; <c>{cluster}</c>, <c>{plan}</c> and <c>{user}</c> stand for the first one listed.</summary>
    private static readonly string[] Pages =
    [
        "/", "/zones", "/zones/22101001", "/zones/22101001/edit", "/clusters", "{cluster}", "{cluster}/edit",
        "/belts", "/plans", "{plan}", "/analysis", "/analysis/measures", "/evaluation", "/submissions", "/submissions/new", "/imports",
        "/chains", "/chains/auto?place=220100", "/chains/auto/gaps?place=220100", "/chains/auto/candidates?place=220100", "/chains/auto/edit", "/io", "/leads", "/imports/history", "/admin/users", "/admin/users/new", "{user}", "/admin/audit", "/account/tokens", "/account/two-factor",
    ];

    private static readonly string[] Impacts = ["serious", "critical"];

    [Theory]
    [InlineData("en-GB")]
    [InlineData("zh-CN")]
    public async Task No_page_has_a_serious_or_critical_accessibility_violation(string culture)
    {
        var page = await browser.NewPageAsync(app.BaseAddress);
        await page.Context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = $"c={culture}|uic={culture}", Url = app.BaseAddress.ToString() }]);
        var found = new List<string>();
        await page.GotoAsync("/account/login");
        found.AddRange(await ViolationsAsync(page, "/account/login"));
        await page.FillAsync("#UserName", "admin");
        await page.FillAsync("#Password", TestApp.AdminPassword);
        await page.ClickAsync("#login");
        await Expect(page.Locator("#signed-in-role")).ToBeVisibleAsync();
        var cluster = await FirstLinkAsync(page, "/clusters", "#cluster-table a[href^='/clusters/']");
        var plan = await FirstLinkAsync(page, "/plans", "main a[href^='/plans/']");
        var user = await FirstLinkAsync(page, "/admin/users", "#user-table a[href^='/admin/users/']");

        foreach (var path in Pages.Select(p => p.Replace("{cluster}", cluster, StringComparison.Ordinal)
            .Replace("{plan}", plan, StringComparison.Ordinal).Replace("{user}", user, StringComparison.Ordinal)))
        {
            var response = await page.GotoAsync(path);
            Assert.True(response is { Ok: true }, $"{path} answered {response?.Status}");
            found.AddRange(await ViolationsAsync(page, path));
        }

        Assert.True(found.Count == 0, $"Accessibility violations ({culture}):" + Environment.NewLine + string.Join(Environment.NewLine, found));
        await page.Context.CloseAsync();
    }

    private static async Task<string> FirstLinkAsync(IPage page, string path, string selector)
    {
        await page.GotoAsync(path);
        return (await page.Locator(selector).First.GetAttributeAsync("href"))!;
    }

    private static async Task<IEnumerable<string>> ViolationsAsync(IPage page, string path)
    {
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var results = await page.RunAxe();
        return results.Violations.Where(v => Impacts.Contains(v.Impact))
            .Select(v => $"{path}: {v.Id} ({v.Impact}) {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => string.Join(" ", n.Target)))}");
    }
}
