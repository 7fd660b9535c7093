using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ClusterScope.Web.Tests.Browser;

/// <summary>The policy library in a real browser: a Chinese search from the menu, the highlighted hit, the document page.</summary>
[Collection(WebTestGroup.Name)]
public sealed class LibraryPageTests(TestApp app, BrowserFixture browser)
{
    [Fact]
    public async Task A_chinese_search_highlights_the_phrase_and_opens_the_document()
    {
        var page = await browser.NewPageAsync(app.BaseAddress);
        await page.Context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = "c=zh-CN|uic=zh-CN", Url = app.BaseAddress.ToString() }]);
        await page.GotoAsync("/");
        await page.ClickAsync("#nav-library");
        await Expect(page.Locator("h1")).ToHaveTextAsync("政策文库");
        await page.FillAsync("#q", "产业集群");
        await page.ClickAsync("#library-search button[type=submit]");
        var hit = page.Locator("#library-hits li[data-code='jl-2013-clusters']");
        await Expect(hit).ToBeVisibleAsync();
        await Expect(hit.Locator("mark").First).ToBeVisibleAsync();
        await Expect(page.Locator("#library-hits li")).ToHaveCountAsync(2);
        await BrowserFixture.ScreenshotAsync(page, "library-search-zh");
        await hit.Locator("a").First.ClickAsync();
        await Expect(page.Locator("#document-title")).ToContainTextAsync("实施产业集群发展工程");
        await Expect(page.Locator("#document-links a[href='/plans/jilin-clusters-2013']")).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }
}
