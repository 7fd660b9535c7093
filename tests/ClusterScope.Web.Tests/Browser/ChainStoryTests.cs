using System.Globalization;
using System.Text.RegularExpressions;
using ClusterScope.Data;
using ClusterScope.Domain.Targets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ClusterScope.Web.Tests.Browser;

/// <summary>From gap to verified win in a real browser: an officer opens the Changchun auto chain map, sees a missing segment,
/// opens the candidates ranked for it, creates a lead, moves it to signed with evidence; a province reviewer verifies it; the
/// verified total on the plan page changes only then.</summary>
[Collection(WebTestGroup.Name)]
public sealed partial class ChainStoryTests(TestApp app, BrowserFixture browser)
{
    private const string Zone = "22101001";

    [Fact]
    public async Task An_officer_turns_a_missing_segment_into_a_lead_that_counts_only_once_verified()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var (officer, reviewer, plan) = ($"officer-{tag}", $"reviewer-{tag}", $"wins-{tag}");
        await app.CreateUserAsync(officer, "zone-manager", Zone);
        await app.CreateUserAsync(reviewer, "admin");
        await AddPlanAsync(plan);
        var year = DateTime.UtcNow.Year.ToString(CultureInfo.InvariantCulture);

        var page = await SignInAsync(officer);
        await page.GotoAsync("/chains");
        await page.SelectOptionAsync("#place-chains-auto", "220100");
        await page.ClickAsync("#place-chains-auto-form button[type=submit]");
        await Expect(page.Locator("h1")).ToContainTextAsync("Changchun");
        await Expect(page.Locator("#chain-chart")).ToHaveAttributeAsync("data-ready", "true");
        var missing = page.Locator("#segments tr:has(.status-missing)");
        Assert.True(await missing.CountAsync() > 0);
        await BrowserFixture.ScreenshotAsync(page, "chain-map-changchun-auto");

        await page.ClickAsync("#gaps-link");
        await Expect(page.Locator("#gap-table")).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "chain-gaps-changchun-auto");
        var gap = page.Locator("#gap-table tbody tr:has(.status-missing)").First;
        var segment = (await gap.GetAttributeAsync("id"))!["gap-".Length..];
        await gap.Locator("a:has-text('Candidates')").ClickAsync();
        await Expect(page.Locator("#candidate-table")).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "chain-candidates-changchun-auto");
        var first = page.Locator("#candidate-table tbody tr, #candidate-table tr[id^=candidate-]").First;
        await first.Locator(".create-lead").ClickAsync();

        await Expect(page.Locator("#CompanyName")).Not.ToHaveValueAsync("");
        await Expect(page.Locator("#SegmentCode")).ToHaveValueAsync(segment);
        await Expect(page.Locator("#ChainCode")).ToHaveValueAsync("auto");
        await page.SelectOptionAsync("#ZoneCode", Zone);
        await page.FillAsync("#ExpectedInvestment", "12.5");
        await page.ClickAsync("#create-lead");
        await Expect(page).ToHaveURLAsync(LeadUrl());
        var leadUrl = page.Url;
        var id = leadUrl[(leadUrl.LastIndexOf('/') + 1)..].Split('?')[0];

        // One step on from the board, swapped in place by htmx.
        await page.GotoAsync("/leads");
        await page.ClickAsync($"#advance-{id}");
        await Expect(page.Locator($"#column-contacted #lead-card-{id}")).ToBeVisibleAsync();
        await page.GotoAsync(leadUrl);

        await page.SelectOptionAsync("#move-stage", "signed");
        await page.FillAsync("#move-reason", "agreement signed at the investment fair");
        await page.ClickAsync("#move-button");
        await Expect(page.Locator("#lead-stage")).ToHaveTextAsync("signed");
        await page.SetInputFilesAsync("#attach-file", new FilePayload { Name = "agreement.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4 signed agreement"u8.ToArray() });
        await page.CheckAsync("#attach-evidence");
        await page.ClickAsync("#attach-button");
        await Expect(page.Locator("#document-list")).ToContainTextAsync("agreement.pdf");
        await page.ClickAsync("#request-button");
        await Expect(page.Locator("#lead-verification")).ToContainTextAsync("awaiting verification");

        await page.GotoAsync($"/plans/{plan}?period={year}");
        var current = page.Locator("#target-auto-investment td:nth-child(4)");
        await Expect(current).Not.ToContainTextAsync("12.5");
        await BrowserFixture.ScreenshotAsync(page, "chain-plan-before-verification");

        var review = await SignInAsync(reviewer);
        await review.GotoAsync(leadUrl);
        await review.ClickAsync("#verify-button");
        await Expect(review.Locator("#lead-verification")).ToHaveTextAsync("verified");
        await review.GotoAsync($"/plans/{plan}?period={year}");
        await Expect(review.Locator("#target-auto-investment td:nth-child(4)")).ToContainTextAsync("12.5");
        await BrowserFixture.ScreenshotAsync(review, "chain-plan-after-verification");
    }

    private async Task<IPage> SignInAsync(string userName)
    {
        var page = await browser.NewPageAsync(app.BaseAddress);
        await page.GotoAsync("/account/login");
        await page.FillAsync("#UserName", userName);
        await page.FillAsync("#Password", TestApp.AdminPassword);
        await page.ClickAsync("#login");
        await Expect(page.Locator("#signed-in-as")).ToBeVisibleAsync();
        return page;
    }

    // A plan of Changchun with the target "verified investment in the auto chain".
    private async Task AddPlanAsync(string code)
    {
        await using var scope = app.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClusterScopeDbContext>();
        db.Audit = new Data.Auditing.AuditScope("test", "chain story");
        db.Plans.Add(new Plan
        {
            Code = code, NameEn = "Auto chain investment", NameZh = "汽车产业链招商", Issuer = "test", PeriodStart = 2021, PeriodEnd = 2030, ScopeRegionCode = "220100",
            Targets =
            {
                new Target
                {
                    PlanCode = code, Code = "auto-investment", NameEn = "Verified auto investment", NameZh = "汽车产业链已核验投资", Kind = TargetKind.VerifiedWins,
                    Comparator = Comparator.AtLeast, Value = 500, Unit = "100m CNY", DeadlineYear = 2030, Indicator = VerifiedWin.InvestmentIndicator,
                    ReferenceEntity = "auto", BaselinePeriod = "2020",
                },
            },
        });
        await db.SaveChangesAsync();
    }

    [GeneratedRegex(@"/leads/\d+")]
    private static partial Regex LeadUrl();
}
