using System.Text.RegularExpressions;
using Microsoft.Playwright;
using UglyToad.PdfPig;
using static Microsoft.Playwright.Assertions;

namespace ClusterScope.Web.Tests.Evaluation;

/// <summary>A planner evaluates all zones with the cluster template in the browser, reads ranks, intervals and awards,
/// downloads the PDF report and re-runs the evaluation with the same result.</summary>
[Collection(WebTestGroup.Name)]
public sealed class EvaluationPageTests(TestApp app, BrowserFixture browser)
{
    [Fact]
    public async Task An_admin_evaluates_all_zones_sees_ranks_with_intervals_and_awards_downloads_the_pdf_and_reruns()
    {
        var page = await browser.NewPageAsync(app.BaseAddress);
        await page.GotoAsync("/account/login?returnUrl=/evaluation");
        await page.FillAsync("#UserName", "admin");
        await page.FillAsync("#Password", TestApp.AdminPassword);
        await page.ClickAsync("#login");
        await Expect(page).ToHaveURLAsync(new Regex("/evaluation$"));
        await page.SelectOptionAsync("#FrameworkId", new SelectOptionValue { Label = "Cluster development in development zones (cluster-development 2025.1)" });
        await page.SelectOptionAsync("#Year", "2017");
        await page.FillAsync("#Replications", "500");
        await page.FillAsync("#Seed", "2");
        await page.ClickAsync("#check-coverage");
        await Expect(page).ToHaveURLAsync(new Regex("/evaluation/coverage\\?"));
        await Expect(page.Locator("#coverage-indicators tbody tr")).ToHaveCountAsync(12);
        await Expect(page.Locator("#coverage-indicators tr[data-indicator=rd_intensity]")).ToContainTextAsync("no zone reports it");
        await Expect(page.Locator("#coverage-excluded tbody tr").First).ToContainTextAsync("the framework needs");
        await BrowserFixture.ScreenshotAsync(page, "evaluation-coverage");
        await page.GotoAsync(page.Url + "&culture=zh-CN");
        await Expect(page.Locator("#coverage-indicators tr[data-indicator=rd_intensity]")).ToContainTextAsync("没有开发区报告该指标");
        await BrowserFixture.ScreenshotAsync(page, "evaluation-coverage-zh");
        await page.GotoAsync("/evaluation?culture=en");
        await page.SelectOptionAsync("#FrameworkId", new SelectOptionValue { Label = "Cluster development in development zones (cluster-development 2025.1)" });
        await page.SelectOptionAsync("#Year", "2017");
        await page.FillAsync("#Replications", "500");
        await page.FillAsync("#Seed", "2");
        await page.ClickAsync("#run-evaluation");
        await Expect(page).ToHaveURLAsync(new Regex("/evaluation/runs/\\d+$"));

        var rows = page.Locator("#results tbody tr");
        Assert.True(await rows.CountAsync() >= 20);
        await Expect(rows.First.Locator("td").First).ToHaveTextAsync("1");
        await Expect(rows.First.Locator("td.interval")).ToHaveTextAsync(new Regex("^\\d+–\\d+$"));
        Assert.Equal(await rows.CountAsync(), await page.Locator("#results svg.whisker line.interval").CountAsync());
        await Expect(page.Locator("#awards")).ToContainTextAsync("Cluster development excellence");
        await Expect(page.Locator("#excluded tbody tr td:nth-child(2)").First).ToHaveTextAsync(new Regex("(the framework needs|indicators are reported)"));
        await Expect(page.Locator("#run-provenance")).ToContainTextAsync(new Regex("Based on \\d+ sample figures of \\d+"));
        await Expect(page.Locator("#results .provenance-sample").First).ToBeVisibleAsync();
        await Expect(page.Locator("#sensitivity .first-interval").First).ToHaveTextAsync(new Regex("^\\[-?\\d"));
        await BrowserFixture.ScreenshotAsync(page, "evaluation-run");
        var topZone = (await rows.First.Locator("td").Nth(1).Locator("a").InnerTextAsync()).Trim();

        await page.ClickAsync("#rerun");
        await Expect(page.Locator("#rerun-outcome")).ToContainTextAsync("byte-identical");
        await Expect(page.Locator("#run-unpublished")).ToBeVisibleAsync();
        await page.ClickAsync("#publish");
        await Expect(page.Locator("#run-published")).ToContainTextAsync("Published");

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#export-pdf"));
        var pdf = Path.Combine(Path.GetTempPath(), $"cs-report-{Guid.NewGuid():N}.pdf");
        await download.SaveAsAsync(pdf);
        using (var document = PdfDocument.Open(pdf))
        {
            // Table cells wrap, and PdfPig joins the lines of a cell without a space: compare without whitespace.
            var text = Regex.Replace(string.Concat(document.GetPages().Select(p => p.Text)), "\\s", "");
            foreach (var expected in new[] { "Evaluation report", "评价结果报告", "奖励 Awards", "Cluster development excellence", topZone, "排名与排名区间", "数据来源 Provenance", "Based on", "为样本数据" })
            {
                Assert.True(text.Contains(Regex.Replace(expected, "\\s", ""), StringComparison.Ordinal), $"'{expected}' is not in the PDF: {text[..Math.Min(400, text.Length)]}");
            }
        }

        File.Delete(pdf);
        await page.ClickAsync("#results tbody tr >> nth=0 >> a");
        await Expect(page.Locator("#profile svg rect")).Not.ToHaveCountAsync(0);
        await BrowserFixture.ScreenshotAsync(page, "evaluation-unit");
        await page.GotoAsync(page.Url.Split("/units/")[0] + "?culture=zh-CN");
        await Expect(page.Locator("h2").First).ToHaveTextAsync("奖励");
        await Expect(page.Locator("#run-provenance")).ToContainTextAsync("个为样本数据");
        await Expect(page.Locator("#excluded tbody tr td:nth-child(2)").First).ToContainTextAsync("而框架要求");
        await BrowserFixture.ScreenshotAsync(page, "evaluation-run-zh");
        await page.Context.CloseAsync();
    }
}
