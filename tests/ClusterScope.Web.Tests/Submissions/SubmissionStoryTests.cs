using ClusterScope.Data;
using ClusterScope.Domain.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MiniExcelLibs;
using static Microsoft.Playwright.Assertions;

namespace ClusterScope.Web.Tests.Submissions;

/// <summary>A zone manager's quarterly XLSX in a real browser: errors in plain words, fix, confirm; a reviewer sees the flags and
/// approves; the dashboard changes only then.</summary>
[Collection(WebTestGroup.Name)]
public sealed class SubmissionStoryTests(TestApp app, BrowserFixture browser)
{
    [Fact]
    public async Task Upload_errors_fix_confirm_review_approve_and_the_dashboard_changes_only_then()
    {
        var (zone, cluster, output, otherCluster, otherZone) = await ChooseAsync();
        var manager = $"manager-{Guid.NewGuid().ToString("N")[..6]}";
        await app.CreateUserAsync(manager, "zone-manager", zone);
        var raised = output + 50;
        var broken = Workbook("q1-broken.xlsx",
            ["Cluster", cluster, "cluster_output", "2024", raised, "Reported", "Real", "zone statistics office"],
            ["Zone", zone, "zone_industrial_output", "2025-Q1", "about 300", "Reported", "Real", "zone statistics office"],
            ["Cluster", otherCluster, "cluster_output", "2025-Q1", 12.0, "Reported", "Real", "zone statistics office"]);
        var fixedFile = Workbook("q1.xlsx",
            ["Cluster", cluster, "cluster_output", "2024", raised, "Reported", "Real", "zone statistics office"],
            ["Zone", zone, "zone_industrial_output", "2025-Q1", 300.0, "Reported", "Real", "zone statistics office"],
            ["Zone", zone, "zone_industrial_output", "2025-Q2", 300.0, "Reported", "Real", "zone statistics office"]);

        var page = await browser.NewPageAsync(app.BaseAddress);
        await page.GotoAsync("/");
        var dashboardBefore = await page.Locator("#fig-output").InnerTextAsync();
        await SignInAsync(page, manager);
        await page.ClickAsync("#nav-manage-toggle");
        await page.ClickAsync("#nav-submissions");
        await page.ClickAsync("#new-submission");
        await page.SelectOptionAsync("#zone", zone);
        await page.SetInputFilesAsync("#upload", broken);
        await page.ClickAsync("#check");
        await Expect(page.Locator("#refused")).ToContainTextAsync("Nothing was stored");
        await Expect(page.Locator("#error-table tbody tr")).ToHaveCountAsync(2);
        await Expect(page.Locator("#error-table")).ToContainTextAsync("'about 300' is not a number");
        await Expect(page.Locator("#error-table")).ToContainTextAsync($"{otherCluster} belongs to zone {otherZone}, which is not one of your zones");
        Assert.StartsWith("data:text/csv", await page.Locator("#errors-csv").GetAttributeAsync("href"), StringComparison.Ordinal);
        await BrowserFixture.ScreenshotAsync(page, "submission-errors-en");

        await page.ClickAsync("#lang-zh");
        await page.SelectOptionAsync("#zone", zone);
        await page.SetInputFilesAsync("#upload", broken);
        await page.ClickAsync("#check");
        await Expect(page.Locator("#error-table")).ToContainTextAsync("不是数字");
        await BrowserFixture.ScreenshotAsync(page, "submission-errors-zh");
        await page.ClickAsync("#lang-en");

        await page.SelectOptionAsync("#zone", zone);
        await page.SetInputFilesAsync("#upload", fixedFile);
        await page.ClickAsync("#check");
        await Expect(page.Locator("#valid")).ToContainTextAsync("3 figures");
        await Expect(page.Locator("#figure-table tbody tr")).ToHaveCountAsync(3);
        await Expect(page.Locator("#flags")).ToContainTextAsync("in each of 2 consecutive periods (2025-Q1 to 2025-Q2)");
        await BrowserFixture.ScreenshotAsync(page, "submission-preview-en");
        await page.ClickAsync("#confirm");
        await Expect(page.Locator("#status")).ToHaveTextAsync("Awaiting review");
        var id = page.Url.Split('/')[^1].Split('?')[0];
        await BrowserFixture.ScreenshotAsync(page, "submission-submitted-en");

        await page.GotoAsync("/");
        await Expect(page.Locator("#fig-output")).ToHaveTextAsync(dashboardBefore);
        await page.ClickAsync("button:has-text('Sign out')");

        await SignInAsync(page, "admin");
        await page.ClickAsync("#nav-manage-toggle");
        await page.ClickAsync("#nav-submissions");
        await page.ClickAsync($"#submission-{id} a");
        await Expect(page.Locator("#review")).ToBeVisibleAsync();
        await Expect(page.Locator("#flag-count")).ToHaveTextAsync("1");
        await Expect(page.Locator("#flags .flag-message")).ToContainTextAsync("consecutive periods");
        await BrowserFixture.ScreenshotAsync(page, "submission-review-en");
        await page.ClickAsync("#lang-zh");
        await Expect(page.Locator("#status")).ToHaveTextAsync("待审核");
        await BrowserFixture.ScreenshotAsync(page, "submission-review-zh");
        await page.ClickAsync("#lang-en");
        await page.ClickAsync(".dismiss-form button");
        await Expect(page.Locator("#refusal")).ToContainTextAsync("Give the reason for dismissing the flag.");
        await page.FillAsync(".dismiss-form input[name=Reason]", "the zone reports a quarterly estimate twice a year");
        await page.ClickAsync(".dismiss-form button");
        await Expect(page.Locator("#done")).ToContainTextAsync("The flag was dismissed.");
        await Expect(page.Locator("#flags .dismissed")).ToContainTextAsync("Dismissed by admin");
        await Expect(page.Locator("#flag-count")).ToHaveTextAsync("0");
        await page.ClickAsync("#approve");
        await Expect(page.Locator("#done")).ToContainTextAsync("Approved");
        await Expect(page.Locator("#status")).ToHaveTextAsync("Approved");
        await BrowserFixture.ScreenshotAsync(page, "submission-approved-en");

        await page.GotoAsync("/");
        await Expect(page.Locator("#fig-output")).Not.ToHaveTextAsync(dashboardBefore);
        await page.ClickAsync("#nav-manage-toggle");
        await page.ClickAsync("#nav-submissions");
        await Expect(page.Locator($"#submission-{id}")).ToContainTextAsync("Approved");
        await BrowserFixture.ScreenshotAsync(page, "submission-list-en");
        await page.ClickAsync("#nav-manage-toggle");
        await page.ClickAsync("#nav-imports");
        await Expect(page.Locator("#import-form")).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "imports-en");
        await page.Context.CloseAsync();
    }

    private static async Task SignInAsync(IPage page, string userName)
    {
        await page.ClickAsync("#sign-in");
        await page.FillAsync("#UserName", userName);
        await page.FillAsync("#Password", TestApp.AdminPassword);
        await page.ClickAsync("#login");
        await Expect(page.Locator("#signed-in-as")).ToContainTextAsync(userName);
    }

    private static string Workbook(string name, params object[][] rows)
    {
        string[] columns = ["entity_kind", "entity_code", "indicator_code", "period", "value", "status", "provenance", "source"];
        var path = Path.Combine(Path.GetTempPath(), $"cs-story-{Guid.NewGuid():N}", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        MiniExcel.SaveAs(path, rows.Select(r => columns.Select((c, i) => (c, r[i])).ToDictionary(p => p.c, p => p.Item2)).ToList());
        return path;
    }

    /// <summary>A cluster whose 2024 output stays in its tier when raised by 50, its zone, and a cluster of another zone.</summary>
    private async Task<(string Zone, string Cluster, double Output, string OtherCluster, string OtherZone)> ChooseAsync()
    {
        await using var scope = app.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClusterScopeDbContext>();
        var outputs = await db.Observations.AsNoTracking().Where(o => o.IndicatorCode == "cluster_output" && o.Period == "2024")
            .Join(db.Clusters, o => o.EntityCode, c => c.Code, (o, c) => new { c.ZoneCode, c.Code, o.Value }).ToListAsync();
        var chosen = outputs.OrderByDescending(o => o.ZoneCode).First(o => OutputTiers.Of(o.Value) == OutputTiers.Of(o.Value + 50));
        var other = outputs.First(o => o.ZoneCode != chosen.ZoneCode);
        return (chosen.ZoneCode, chosen.Code, chosen.Value, other.Code, other.ZoneCode);
    }
}
