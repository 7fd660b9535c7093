using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ClusterScope.Web.Tests.Periods;

/// <summary>The period picker in a real browser, in both languages, on the app with one real 2025 figure.</summary>
[Collection(WebTestGroup.Name)]
public sealed class PeriodPickerTests(PeriodApp app, BrowserFixture browser) : IClassFixture<PeriodApp>
{
    [Fact]
    public async Task The_dashboard_opens_on_the_complete_year_and_the_picker_shows_the_incomplete_one()
    {
        var page = await browser.NewPageAsync(app.BaseAddress);
        await page.GotoAsync("/");
        var coverage = page.Locator("#period-coverage");
        await Expect(coverage).ToHaveAttributeAsync("data-year", "2024");
        await Expect(coverage).ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"2024 · (\d+) of \1 clusters reported"));
        await Expect(coverage).ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"2025 · 1 of \d+ clusters reported — incomplete"));
        await Expect(page.Locator("#period-select option[value='2025']")).ToHaveAttributeAsync("data-complete", "false");
        await Expect(page.Locator("#headline .badge-sample").First).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "period-picker-dashboard");

        await page.SelectOptionAsync("#period-select", "2025");
        await page.ClickAsync("#period-show");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"\?year=2025$"));
        await Expect(page.Locator("#fig-output")).ToHaveTextAsync("2,300");
        Assert.Equal(0, await page.Locator("#headline .badge-sample").CountAsync());

        await page.GotoAsync("/clusters?category=" + "&year=2025");
        await Expect(page.Locator("#period-coverage")).ToHaveAttributeAsync("data-year", "2025");
        await page.ClickAsync("#lang-zh");
        await page.GotoAsync("/belts");
        await Expect(page.Locator("#period-coverage")).ToContainTextAsync("个集群中 1 个已报送 — 不完整");
        await page.GotoAsync("/plans/jilin-clusters-2013");
        await Expect(page.Locator("#period-coverage")).ToHaveAttributeAsync("data-year", "2017");
        await Expect(page.Locator("#deadline-passed")).ToBeVisibleAsync();
        await Expect(page.Locator("#target-table [data-status='OffTrack']")).ToHaveCountAsync(0);
        await BrowserFixture.ScreenshotAsync(page, "period-picker-plan-zh");
        await page.ClickAsync("#lang-en");
        await page.GotoAsync("/plans");
        await Expect(page.Locator("#plan-jilin-clusters-2013 .status-rollup")).ToContainTextAsync("2017:");
        await Expect(page.Locator("#plan-jilin-clusters-2013 .status-rollup [data-status='NotAchieved']")).ToContainTextAsync("Not achieved");
        await page.GotoAsync("/plans/jilin-clusters-2013");
        await Expect(page.Locator("#target-category-agro-processing .gap")).ToContainTextAsync("exceeded by");
        await Expect(page.Locator("#target-incubator-coverage .forecast-note")).ToContainTextAsync("no history");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_cluster_page_ranks_the_cluster_pages_its_enterprises_and_downloads_what_it_shows()
    {
        var page = await browser.NewPageAsync(app.BaseAddress);
        await page.GotoAsync("/clusters?sort=output&desc=true");
        await page.ClickAsync("#cluster-table tbody tr:first-child a");
        await Expect(page.Locator("#period-coverage")).ToHaveAttributeAsync("data-year", "2024");
        await Expect(page.Locator("#cluster-rank")).ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"Rank 1 of \d+ .+ clusters in (National|Provincial) zones by output in 2024"));
        await Expect(page.Locator("#series-chart")).ToHaveAttributeAsync("data-ready", "true");
        var names = await page.EvaluateAsync<string[]>("echarts.getInstanceByDom(document.getElementById('series-chart')).getOption().yAxis.map(a => a.nameLocation)");
        Assert.All(names, n => Assert.Equal("middle", n));
        await BrowserFixture.ScreenshotAsync(page, "cluster-page-rank");

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#download-csv"));
        var csv = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.StartsWith("section,code,name_zh,name_en,period,indicator,value,status,provenance", csv, StringComparison.Ordinal);
        Assert.Contains(",cluster_output,", csv, StringComparison.Ordinal);
        Assert.Contains(",sample", csv, StringComparison.Ordinal);

        await page.GotoAsync($"/clusters/{app.Cluster}?year=2025");
        await Expect(page.Locator("#cluster-rank")).ToContainTextAsync("Rank 1 of 1 ");
        await page.GotoAsync($"/clusters/{app.Cluster}?year=2025&handler=export&format=pdf");
        await Expect(page.Locator("body")).ToContainTextAsync("format");
        await page.Context.CloseAsync();
    }
}
