using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ClusterScope.Web.Tests.Browser;

/// <summary>Every main page works under the Content-Security-Policy: charts, maps, htmx partials, the language switch,
/// the API reference and the admin pages, with no violation reported and no error in the console.</summary>
[Collection(WebTestGroup.Name)]
public sealed class ContentSecurityPolicyTests(TestApp app, BrowserFixture browser)
{
    // Runs before the page's own scripts and outside its policy, so it sees every violation, also of blocked scripts.
    private const string Recorder = """
        window.__violations = [];
        document.addEventListener('securitypolicyviolation', e => window.__violations.push(e.violatedDirective + ' ' + (e.blockedURI || 'inline') + ' ' + e.sourceFile + ':' + e.lineNumber));
        """;

    [Fact]
    public async Task The_main_pages_run_under_the_policy_without_a_violation()
    {
        var page = await browser.NewPageAsync(app.BaseAddress);
        var errors = new List<string>();
        // The browser's own request for /favicon.ico (the app has none) is not the pages' doing.
        page.Console += (_, m) => { if (m.Type == "error" && !m.Location.Contains("favicon.ico", StringComparison.Ordinal)) errors.Add(page.Url + ": " + m.Text); };
        page.PageError += (_, e) => errors.Add(page.Url + ": " + e);
        await page.Context.AddInitScriptAsync(Recorder);
        var violations = new List<string>();
        async Task VisitAsync(string? path, string ready)
        {
            if (path is not null)
            {
                await page.GotoAsync(path);
            }

            await Expect(page.Locator(ready).First).ToBeVisibleAsync();
            if (await page.Locator(ready + "[data-ready]").CountAsync() > 0)
            {
                await Expect(page.Locator(ready).First).ToHaveAttributeAsync("data-ready", "true");
            }

            violations.AddRange((await page.EvaluateAsync<string[]>("window.__violations")).Select(v => page.Url + ": " + v));
        }

        await VisitAsync("/", "#map");
        await page.SelectOptionAsync("#metric", "output");
        await VisitAsync("/zones", "#zone-table");
        await VisitAsync("/zones/22101001", "#output-chart");
        await page.ClickAsync("#zone-clusters a >> nth=0");
        await VisitAsync(null, "#series-chart");
        await VisitAsync("/analysis", "#analysis-chart");
        await VisitAsync("/belts", "h1");
        await VisitAsync("/chains/auto?place=220100", "#chain-chart");
        await VisitAsync("/chains/auto/gaps?place=220100", "#opportunity-chart");
        await VisitAsync("/plans/jilin-clusters-2013", "#tier-pyramid");
        await page.ClickAsync("#target-tier-over10bn a.drill");
        await VisitAsync(null, "#drilldown #entity-table");
        await page.ClickAsync("#lang-zh");
        await Expect(page.Locator("h1")).ToContainTextAsync(new Regex("[\u4e00-\u9fff]"));
        await VisitAsync(null, "#tier-pyramid");
        await page.ClickAsync("#lang-en");
        await VisitAsync("/scalar/v1", "text=Registry of development zones");

        await page.GotoAsync("/account/login?returnUrl=/evaluation");
        await page.FillAsync("#UserName", "admin");
        await page.FillAsync("#Password", TestApp.AdminPassword);
        await page.ClickAsync("#login");
        await Expect(page).ToHaveURLAsync(new Regex("/evaluation$"));
        await page.FillAsync("#Replications", "100");
        await page.ClickAsync("#run-evaluation");
        await Expect(page).ToHaveURLAsync(new Regex("/evaluation/runs/\\d+$"));
        await page.ClickAsync("#results th[data-sort] >> nth=0");
        await VisitAsync(null, "#results");
        foreach (var (path, ready) in new[] { ("/admin/users", "h1"), ("/admin/audit", "h1"), ("/submissions", "h1"), ("/imports", "h1") })
        {
            await VisitAsync(path, ready);
        }

        await BrowserFixture.ScreenshotAsync(page, "csp-last-page");
        await page.Context.CloseAsync();
        Assert.True(violations.Count == 0, "CSP violations:\n" + string.Join("\n", violations));
        Assert.True(errors.Count == 0, "Console errors:\n" + string.Join("\n", errors));
    }
}
