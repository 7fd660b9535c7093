using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ClusterScope.Web.Tests.Browser;

/// <summary>The plan page in a real browser: target rows, the period selector, the drill-down, the tier pyramid and the findings.</summary>
[Collection(WebTestGroup.Name)]
public sealed class PlanPageTests(TestApp app, BrowserFixture browser)
{
    [Fact]
    public async Task The_plan_page_drills_down_from_a_tier_target_to_its_clusters()
    {
        var page = await browser.NewPageAsync(app.BaseAddress);
        await page.GotoAsync("/");
        await page.ClickAsync("#nav-plans");
        await page.ClickAsync("#plan-table a:has-text('Jilin cluster programme')");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/plans/jilin-clusters-2013$"));
        await page.ClickAsync("#period-deadline");
        await Expect(page.Locator("#period-deadline")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("btn-dark"));
        await Expect(page.Locator("#target-table tbody tr")).ToHaveCountAsync(22);
        await Expect(page.Locator("#target-output-share .status")).ToHaveTextAsync("No data");
        await Expect(page.Locator("#findings")).ToContainTextAsync("add up to 160 clusters, not the 162");
        await Expect(page.Locator("#tier-pyramid")).ToHaveAttributeAsync("data-ready", "true");
        double[] expected = [8, 53, 56, 45];
        Assert.Equal(expected, await page.EvaluateAsync<double[]>("echarts.getInstanceByDom(document.getElementById('tier-pyramid')).getOption().series[0].data"));
        Assert.True(await page.Locator("#target-clusters-total .sparkline svg").CountAsync() == 1);

        var current = await page.Locator("#target-tier-over10bn td").Nth(3).InnerTextAsync();
        await page.ClickAsync("#target-tier-over10bn a.drill");
        await Expect(page.Locator("#drilldown #entity-table")).ToBeVisibleAsync();
        var rows = page.Locator("#drilldown #entity-table tbody tr");
        Assert.StartsWith((await rows.CountAsync()).ToString(System.Globalization.CultureInfo.InvariantCulture), current.Trim(), StringComparison.Ordinal);
        await Expect(page.Locator("#drilldown #entities-title")).ToContainTextAsync("2017");
        await BrowserFixture.ScreenshotAsync(page, "plan-page-drilldown");

        await page.ClickAsync("#drilldown #entity-table a >> nth=0");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/clusters/"));
        await page.Context.CloseAsync();
    }
}
