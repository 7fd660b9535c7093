using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ClusterScope.Web.Tests.Browser;

/// <summary>What needs a real browser: the map and charts drawn by ECharts, the language switch, sign-in and an edit.</summary>
[Collection(WebTestGroup.Name)]
public sealed class PagesInTheBrowserTests(TestApp app, BrowserFixture browser)
{
    [Fact]
    public async Task Dashboard_draws_the_map_of_nine_prefectures_and_the_headline_figures()
    {
        var page = await browser.NewPageAsync(app.BaseAddress);
        await page.GotoAsync("/");
        await Expect(page.Locator("#fig-zones")).ToHaveTextAsync("62");
        await Expect(page.Locator("#map")).ToHaveAttributeAsync("data-ready", "true");
        Assert.Equal(1, await page.Locator("#map canvas").CountAsync());
        Assert.Equal(9, await page.EvaluateAsync<int>("echarts.getInstanceByDom(document.getElementById('map')).getOption().series[0].data.filter(d => d.value > 0).length"));
        await page.SelectOptionAsync("#metric", "output");
        await Expect(page.Locator("#top-clusters tr")).ToHaveCountAsync(11);
        await BrowserFixture.ScreenshotAsync(page, "dashboard-en");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_language_switch_changes_every_page_and_is_remembered()
    {
        var page = await browser.NewPageAsync(app.BaseAddress);
        await page.GotoAsync("/zones");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Development zones");
        await page.ClickAsync("#lang-zh");
        await Expect(page.Locator("h1")).ToHaveTextAsync("开发区");
        await Expect(page.Locator("#zone-table")).ToContainTextAsync("长春经济技术开发区");
        await page.GotoAsync("/");
        await Expect(page.Locator("h1")).ToContainTextAsync("吉林省");
        await Expect(page.Locator("#map")).ToHaveAttributeAsync("data-ready", "true");
        var legend = await page.EvaluateAsync<string>("JSON.stringify(echarts.getInstanceByDom(document.getElementById('map')).getOption().visualMap[0].text)");
        Assert.DoesNotContain("&#", legend, StringComparison.Ordinal);
        Assert.Matches("[\u4e00-\u9fff]", legend);
        await BrowserFixture.ScreenshotAsync(page, "dashboard-zh");
        await page.ClickAsync("#lang-en");
        await Expect(page.Locator("h1")).ToContainTextAsync("Jilin Province");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_zone_page_shows_its_facts_clusters_and_output_chart()
    {
        var page = await browser.NewPageAsync(app.BaseAddress);
        await page.GotoAsync("/zones?prefecture=220100&sort=name");
        await page.ClickAsync("#zone-table a:has-text('Changchun Economic and Technological Development Zone')");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/zones/22101001$"));
        await Expect(page.Locator("#zone-facts")).ToContainTextAsync("1993-04");
        await Expect(page.Locator("#zone-clusters tbody tr, #zone-clusters tr").First).ToBeVisibleAsync();
        await Expect(page.Locator("#output-chart")).ToHaveAttributeAsync("data-ready", "true");
        Assert.Equal(1, await page.Locator("#output-chart canvas").CountAsync());
        Assert.Equal("2012", await page.EvaluateAsync<string>("echarts.getInstanceByDom(document.getElementById('output-chart')).getOption().xAxis[0].data[0]"));
        Assert.True(await page.EvaluateAsync<double>("echarts.getInstanceByDom(document.getElementById('output-chart')).getOption().series[0].data[12]") > 0);
        await BrowserFixture.ScreenshotAsync(page, "zone-page");
        await page.ClickAsync("#zone-clusters a >> nth=0");
        await Expect(page.Locator("#series-chart")).ToHaveAttributeAsync("data-ready", "true");
        await Expect(page.Locator("#tier-history tr")).ToHaveCountAsync(14);
        Assert.Equal(13, await page.EvaluateAsync<int>("echarts.getInstanceByDom(document.getElementById('series-chart')).getOption().series[0].data.length"));
        await BrowserFixture.ScreenshotAsync(page, "cluster-page");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Signing_in_and_editing_a_zone_persists_the_change_and_audits_it()
    {
        var page = await browser.NewPageAsync(app.BaseAddress);
        await page.GotoAsync("/zones/22201001/edit");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/login"));
        await page.FillAsync("#UserName", "admin");
        await page.FillAsync("#Password", TestApp.AdminPassword);
        await page.ClickAsync("#login");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/zones/22201001/edit$"));
        var newName = "Edited in the browser " + Guid.NewGuid().ToString("N")[..6];
        await page.FillAsync("#NameEn", newName);
        await page.FillAsync("#AreaHectares", "4321");
        await page.ClickAsync("#save");
        await Expect(page.Locator("#zone-name")).ToHaveTextAsync(newName);
        await BrowserFixture.ScreenshotAsync(page, "zone-edited");
        await page.Context.CloseAsync();

        using var client = app.Client();
        var zone = (await client.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/zones/22201001", UriKind.Relative))).GetProperty("zone");
        Assert.Equal(newName, zone.GetProperty("nameEn").GetString());
        Assert.Equal(4321, zone.GetProperty("areaHectares").GetDouble());
        await using var scope = app.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClusterScope.Data.ClusterScopeDbContext>();
        var audit = db.AuditEntries.Where(a => a.EntityCode == "22201001" && a.Field == "NameEn").ToList();
        Assert.Contains(audit, a => a.Actor == "admin" && a.NewValue == newName && a.Origin.StartsWith("form POST", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_analyse_page_shows_census_location_quotients_as_a_heat_map_by_default()
    {
        var page = await browser.NewPageAsync(app.BaseAddress);
        await page.GotoAsync("/analysis");
        await Expect(page.Locator("#analysis-chart")).ToHaveAttributeAsync("data-ready", "true");
        Assert.Equal("heatmap", await page.EvaluateAsync<string>("echarts.getInstanceByDom(document.getElementById('analysis-chart')).getOption().series[0].type"));
        Assert.Equal(1200, await page.EvaluateAsync<int>("echarts.getInstanceByDom(document.getElementById('analysis-chart')).getOption().series[0].data.length"));
        await Expect(page.Locator("#analysis-note")).ToContainTextAsync("census");
        await BrowserFixture.ScreenshotAsync(page, "analysis-census-lq");
        await page.SelectOptionAsync("select[name=dataset]", "cluster-output-prefectures");
        await page.SelectOptionAsync("select[name=measure]", "hhi");
        await page.ClickAsync("#run");
        await Expect(page.Locator("#analysis-table tbody tr")).ToHaveCountAsync(9);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_belt_view_maps_each_belt_and_its_designated_industries()
    {
        var page = await browser.NewPageAsync(app.BaseAddress);
        await page.GotoAsync("/belts");
        await Expect(page.Locator("#belt-map")).ToHaveAttributeAsync("data-ready", "true");
        await Expect(page.Locator("#belt-table tbody tr")).ToHaveCountAsync(4);
        const string highlighted = "echarts.getInstanceByDom(document.getElementById('belt-map')).getOption().series[0].data.filter(d => d.value === 1).length";
        Assert.Equal(3, await page.EvaluateAsync<int>(highlighted));
        await page.ClickAsync("#belt-buttons button[data-belt='1']");
        Assert.Equal(4, await page.EvaluateAsync<int>(highlighted));
        await BrowserFixture.ScreenshotAsync(page, "belts");
        await page.Context.CloseAsync();
    }
}
