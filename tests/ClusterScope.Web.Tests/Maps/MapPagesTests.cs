using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ClusterScope.Web.Tests.Maps;

/// <summary>The province map, the zone's location map, the navigation bar and the analysis grid in a real browser.</summary>
[Collection(WebTestGroup.Name)]
public sealed class MapPagesTests(TestApp app, BrowserFixture browser)
{
    private const string Chart = "echarts.getInstanceByDom(document.getElementById('map'))";

    private async Task<IPage> OpenAsync(string path, string language = "en", int width = 1280)
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = app.BaseAddress.ToString(), ViewportSize = new ViewportSize { Width = width, Height = 1000 },
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/language/{language}?returnUrl={Uri.EscapeDataString(path)}");
        return page;
    }

    private static async Task<string> TooltipOfAsync(IPage page, int seriesIndex, int dataIndex)
    {
        await page.EvaluateAsync($"{Chart}.dispatchAction({{ type: 'showTip', seriesIndex: {seriesIndex}, dataIndex: {dataIndex} }})");
        var tooltip = page.Locator("#map > div").Filter(new LocatorFilterOptions { Visible = true }).Last;
        await Expect(tooltip).Not.ToBeEmptyAsync();
        return await tooltip.InnerTextAsync();
    }

    [Fact]
    public async Task The_dashboard_map_shows_the_zones_as_points_and_switches_to_the_county_layer()
    {
        var page = await OpenAsync("/");
        await Expect(page.Locator("#map")).ToHaveAttributeAsync("data-ready", "true");
        Assert.Equal("scatter", await page.EvaluateAsync<string>($"{Chart}.getOption().series[1].type"));
        Assert.InRange(await page.EvaluateAsync<int>($"{Chart}.getOption().series[1].data.length"), 55, 62);
        Assert.Equal(9, await page.EvaluateAsync<int>($"{Chart}.getOption().series[0].data.filter(d => d.code).length"));

        await page.SelectOptionAsync("#map-level", "county");
        await Expect(page.Locator("#map")).ToHaveAttributeAsync("data-level", "county");
        await Expect(page.Locator("#map")).ToHaveAttributeAsync("data-ready", "true");
        Assert.Equal(60, await page.EvaluateAsync<int>($"{Chart}.getOption().series[0].data.filter(d => d.code).length"));
        Assert.Equal("jilin-county", await page.EvaluateAsync<string>($"{Chart}.getOption().geo[0].map"));
        await BrowserFixture.ScreenshotAsync(page, "map-counties-en");
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("en", "Cluster output", "100m CNY", "Period", "Provenance", "sample")]
    [InlineData("zh-CN", "产业集群产值", "亿元", "时期", "来源", "样本")]
    public async Task A_region_tooltip_gives_value_unit_period_and_provenance(string language, string metric, string unit, string period, string provenance, string sample)
    {
        var page = await OpenAsync("/", language);
        await Expect(page.Locator("#map")).ToHaveAttributeAsync("data-ready", "true");
        await page.SelectOptionAsync("#metric", "output");
        await Expect(page.Locator("#map")).ToHaveAttributeAsync("data-ready", "true");
        var lines = (await TooltipOfAsync(page, 0, 0)).Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        Assert.Matches($"^{metric}: [0-9,.]+ \\({System.Text.RegularExpressions.Regex.Escape(unit)}\\)$", lines[1]);
        Assert.Equal($"{period}: 2024", lines[2]);
        // Output is sample where any of the region's figures is, with how many of them.
        Assert.Matches($"^{provenance}: {sample} \\(\\d+/\\d+\\)$", lines[3]);
        var legend = await page.EvaluateAsync<string>($"{Chart}.getOption().visualMap[0].text[1]");
        Assert.Contains(unit, legend, StringComparison.Ordinal);
        await BrowserFixture.ScreenshotAsync(page, $"map-tooltip-{language}");
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("en")]
    [InlineData("zh-CN")]
    public async Task The_navigation_of_an_admin_fits_one_row_at_1280_pixels(string language)
    {
        var page = await OpenAsync("/account/login", language);
        await page.FillAsync("#UserName", "admin");
        await page.FillAsync("#Password", TestApp.AdminPassword);
        await page.ClickAsync("#login");
        await Expect(page.Locator("#signed-in-as")).ToBeVisibleAsync();
        await Expect(page.Locator("#nav-manage-toggle")).ToBeVisibleAsync();
        var nav = await page.Locator("nav.navbar").BoundingBoxAsync();
        var brand = await page.Locator(".navbar-brand").BoundingBoxAsync();
        var signOut = await page.Locator("form[action='/account/logout'] button").BoundingBoxAsync();
        var api = await page.Locator(".navbar-nav a[href='/scalar/v1']").BoundingBoxAsync();
        Assert.True(nav!.Height < 64, $"the bar is {nav.Height} px high");
        Assert.True(Math.Abs(signOut!.Y + signOut.Height / 2 - (brand!.Y + brand.Height / 2)) < 8, "sign-out is not on the brand's row");
        Assert.True(Math.Abs(api!.Y + api.Height / 2 - (brand.Y + brand.Height / 2)) < 8, "the last link is not on the brand's row");
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= 1280"));

        await page.ClickAsync("#nav-manage-toggle");
        await Expect(page.Locator("#nav-users")).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, $"nav-admin-1280-{language}");
        await page.ClickAsync("#nav-audit");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/admin/audit"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_zone_page_shows_the_zone_on_the_province_map()
    {
        var page = await OpenAsync("/zones/22101001");
        await Expect(page.Locator("#zone-map")).ToHaveAttributeAsync("data-ready", "true");
        await Expect(page.Locator("#zone-map")).ToHaveAttributeAsync("data-placed", "true");
        var highlighted = await page.EvaluateAsync<string>(
            "echarts.getInstanceByDom(document.getElementById('zone-map')).getOption().series[0].data.filter(d => d.symbolSize > 10).map(d => d.code).join()");
        Assert.Equal("22101001", highlighted);
        await BrowserFixture.ScreenshotAsync(page, "zone-location-en");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_analysis_grid_names_every_county_and_sector_and_sorts_by_a_column()
    {
        var page = await OpenAsync("/analysis?dataset=census-employment&measure=lq");
        var grid = page.Locator("#analysis-pivot");
        await Expect(grid.Locator("tbody tr")).ToHaveCountAsync(60);
        await Expect(grid.Locator("thead")).ToContainTextAsync("Manufacturing");
        await Expect(grid.Locator("thead")).Not.ToContainTextAsync("C_manufacturing");
        await Expect(page.Locator("#measure-doc")).ToHaveAttributeAsync("href", "/analysis/measures#lq");

        var manufacturing = await grid.Locator("thead button.sort").Filter(new LocatorFilterOptions { HasTextString = "Manufacturing" }).GetAttributeAsync("data-column");
        await grid.Locator($"thead button[data-column='{manufacturing}']").ClickAsync();
        var descending = await ColumnAsync(page, int.Parse(manufacturing!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(descending.OrderByDescending(v => v), descending);
        await grid.Locator($"thead button[data-column='{manufacturing}']").ClickAsync();
        var ascending = await ColumnAsync(page, int.Parse(manufacturing!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(ascending.Order(), ascending);
        Assert.NotEqual(descending, ascending);
        await Expect(page.Locator("#analysis-chart")).ToHaveAttributeAsync("data-ready", "true");
        Assert.Equal(60, await page.EvaluateAsync<int>("echarts.getInstanceByDom(document.getElementById('analysis-chart')).getOption().yAxis[0].data.length"));
        Assert.Equal(0, await page.EvaluateAsync<int>("echarts.getInstanceByDom(document.getElementById('analysis-chart')).getOption().yAxis[0].axisLabel.interval"));
        await BrowserFixture.ScreenshotAsync(page, "analysis-grid-en");
        await page.Context.CloseAsync();
    }

    private static async Task<List<double>> ColumnAsync(IPage page, int column) =>
        (await page.EvaluateAsync<double[]>($"[...document.querySelectorAll('#analysis-pivot tbody tr')].map(r => Number(r.cells[{column}].dataset.sort))")).ToList();
}
