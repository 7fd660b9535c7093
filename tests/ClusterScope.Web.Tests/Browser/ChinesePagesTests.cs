using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ClusterScope.Web.Tests.Browser;

/// <summary>Pages in Chinese show no English prose: every page is read as a Chinese reader sees it, signed in as admin.</summary>
/// <remarks>Text in <c>code</c>, <c>samp</c> and <c>kbd</c> (codes, commands, values as stored) and text marked
/// <c>lang="en"</c> (a name shown in the other language on purpose, beside the Chinese one) is left out; so are single
/// English words, which are mostly codes and abbreviations. Two English words in a row are prose unless every word is on
/// <see cref="AllowedWords"/>.</remarks>
[Collection(WebTestGroup.Name)]
public sealed partial class ChinesePagesTests(TestApp app, BrowserFixture browser)
{
    /// <summary>Names and abbreviations a Chinese page may show as they are.</summary>
    private static readonly HashSet<string> AllowedWords = new(StringComparer.Ordinal)
    {
        "ClusterScope", "RMB", "CNY", "USD", "CSV", "XLSX", "PDF", "JSON", "API", "OpenAPI", "Scalar", "ECharts", "GCJ", "UTC", "GB", "ha", "kWh",
        "POST", "GET", "PUT",
    };

    /// <summary>The pages checked, public ones and the admin's; <c>{user}</c> stands for the admin's own user page, <c>{target}</c>
    /// for a target of the 2013 plan, <c>{document}</c> for a policy document, <c>{run}</c> for an evaluation run made in Chinese.</summary>
    private static readonly string[] Pages =
    [
        "/", "/zones", "/zones/22101001", "/zones/22101001/edit", "/clusters", "/clusters/{cluster}", "/clusters/{cluster}/edit",
        "/belts", "/submissions", "/submissions/new", "/imports", "/imports/history", "/admin/users", "/admin/users/new", "{user}", "/admin/audit",
        "/account/tokens", "/account/two-factor",
        "/plans", "/plans/jilin-clusters-2013", "/plans/jilin-innovation-2024", "/plans/jilin-clusters-2013/edit", "{target}", "{target}/edit",
        "/evaluation", "/evaluation/coverage", "{run}", "{run}/units/22101001",
        "/analysis", "/analysis/measures", "/library", "{document}",
        "/leads", "/chains", "/chains/auto?place=220100", "/chains/auto/gaps?place=220100", "/chains/auto/candidates?place=220100", "/chains/auto/edit", "/io",
    ];

    /// <summary>The pages whose Chinese form is kept as a screenshot: those that read plan and framework data.</summary>
    private static readonly string[] Shown = ["/plans/", "/evaluation/", "/library/"];

    [Fact]
    public async Task No_page_shows_a_run_of_English_words_to_a_Chinese_reader()
    {
        var page = await browser.NewPageAsync(app.BaseAddress);
        await page.Context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = "c=zh-CN|uic=zh-CN", Url = app.BaseAddress.ToString() }]);
        await page.GotoAsync("/account/login");
        await page.FillAsync("#UserName", "admin");
        await page.FillAsync("#Password", TestApp.AdminPassword);
        await page.ClickAsync("#login");
        await Expect(page.Locator("#signed-in-role")).ToHaveTextAsync("管理员");
        await page.GotoAsync("/clusters");
        var cluster = (await page.Locator("#cluster-table a[href^='/clusters/']").First.GetAttributeAsync("href"))!["/clusters/".Length..];
        await page.GotoAsync("/admin/users");
        var user = (await page.Locator("#user-table a[href^='/admin/users/']").First.GetAttributeAsync("href"))!;
        await page.GotoAsync("/plans/jilin-clusters-2013");
        var target = (await page.Locator("a[href^='/plans/jilin-clusters-2013/targets/']").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))"))
            .First(href => TargetPage().IsMatch(href)).Split('?')[0];
        await page.GotoAsync("/library");
        var document = (await page.Locator("a.fw-semibold[href^='/library/']").First.GetAttributeAsync("href"))!;
        await page.GotoAsync("/evaluation");
        await page.FillAsync("#Replications", "100");
        await page.ClickAsync("#run-evaluation");
        await Expect(page).ToHaveURLAsync(new Regex("/evaluation/runs/\\d+$"));
        var run = new Uri(page.Url).AbsolutePath;

        var found = new List<string>();
        foreach (var path in Pages.Select(p => p.Replace("{cluster}", cluster, StringComparison.Ordinal).Replace("{user}", user, StringComparison.Ordinal)
            .Replace("{target}", target, StringComparison.Ordinal).Replace("{document}", document, StringComparison.Ordinal).Replace("{run}", run, StringComparison.Ordinal)))
        {
            var response = await page.GotoAsync(path);
            Assert.True(response is { Ok: true }, $"{path} answered {response?.Status}");
            if (Shown.Any(path.StartsWith))
            {
                await BrowserFixture.ScreenshotAsync(page, "zh" + NonWord().Replace(path, "-").TrimEnd('-'));
            }

            var text = await page.EvaluateAsync<string>(
                "() => { document.querySelectorAll('code, samp, kbd, [lang=en]').forEach(e => e.style.display = 'none'); return document.body.innerText; }");
            found.AddRange(EnglishRuns(text).Select(run => $"{path}: {run}"));
        }

        Assert.True(found.Count == 0, "English on Chinese pages:" + Environment.NewLine + string.Join(Environment.NewLine, found.Distinct()));
        await page.GotoAsync("/admin/audit");
        await BrowserFixture.ScreenshotAsync(page, "audit-all-zh");
        await page.Context.CloseAsync();
    }

    [Fact]
    public void The_English_word_finder_flags_prose_and_passes_codes_and_allowed_names()
    {
        Assert.Equal(["Data load", "rank interval"], EnglishRuns("开发区 Data load 62 条 · rank interval"));
        Assert.Empty(EnglishRuns("下载 CSV XLSX · ClusterScope API · 22101001 · SCALE · 亿元"));
    }

    private static List<string> EnglishRuns(string text) =>
        EnglishRun().Matches(text).Select(m => m.Value)
            .Where(run => Word().Matches(run).Any(w => !AllowedWords.Contains(w.Value)))
            .ToList();

    // Words on one line: cells of a table row are separated by tabs, and two codes in neighbouring cells are not prose.
    [GeneratedRegex(@"\b[A-Za-z]{2,}(?:[ \u00a0]+[A-Za-z]{2,})+\b")]
    private static partial Regex EnglishRun();

    [GeneratedRegex(@"/targets/\d+(\?|$)")]
    private static partial Regex TargetPage();

    [GeneratedRegex("[^A-Za-z0-9]+")]
    private static partial Regex NonWord();

    [GeneratedRegex("[A-Za-z]+")]
    private static partial Regex Word();
}
