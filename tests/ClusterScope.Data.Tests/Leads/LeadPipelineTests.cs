using ClusterScope.Data.Auditing;
using ClusterScope.Data.Leads;
using ClusterScope.Data.Submissions;
using ClusterScope.Domain.Leads;
using ClusterScope.Domain.Targets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClusterScope.Data.Tests.Leads;

/// <summary>The lead pipeline on SQLite and PostgreSQL: zone scoping, stage rules, documents, verification by a second
/// person, duplicates, the funnel and the verified totals feeding a plan target. Each test uses its own zones.</summary>
public abstract class LeadPipelineTests(LoadedDatabase database)
{
    private static readonly SubmissionUser Admin = new("province-reviewer", IsAdmin: true, IsAnalyst: false, new HashSet<string>());

    private static readonly SubmissionUser Analyst = new("analyst", IsAdmin: false, IsAnalyst: true, new HashSet<string>());

    private static readonly byte[] Pdf = "%PDF-1.4 agreement"u8.ToArray();

    [Fact]
    public async Task A_zone_manager_sees_and_edits_only_their_own_zones_leads()
    {
        var (zone, other) = (await ZoneAsync(0), await ZoneAsync(1));
        var (mine, theirs) = (Manager(zone), Manager(other));
        var id = await CreateAsync(mine, zone, "Own zone motor works");

        await using var scope = database.Scope();
        var queries = scope.ServiceProvider.GetRequiredService<LeadQueries>();
        var service = scope.ServiceProvider.GetRequiredService<LeadService>();
        Assert.NotNull(await queries.FindAsync(id, mine, default));
        Assert.Null(await queries.FindAsync(id, theirs, default));
        Assert.NotNull(await queries.FindAsync(id, Analyst, default));
        Assert.DoesNotContain(await queries.ListAsync(theirs, null, null, null, default), l => l.Id == id);
        Assert.Equal(ReviewStatus.NotFound, (await service.MoveAsync(id, 0, LeadStage.Contacted, null, null, theirs, Audit(theirs), default)).Status);
        Assert.Equal(ReviewStatus.NotAllowed, (await service.MoveAsync(id, 0, LeadStage.Contacted, null, null, Analyst, Audit(Analyst), default)).Status);

        var elsewhere = await service.CreateAsync(new LeadEdit { CompanyName = "X", ZoneCode = other }, mine, Audit(mine), default);
        Assert.Equal(ReviewStatus.Invalid, elsewhere.Status);
        Assert.Contains("not one of your zones", elsewhere.Errors!["zoneCode"][0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_fields_are_named_and_nothing_is_written()
    {
        var zone = await ZoneAsync(2);
        var manager = Manager(zone);
        await using var scope = database.Scope();
        var service = scope.ServiceProvider.GetRequiredService<LeadService>();
        var db = scope.ServiceProvider.GetRequiredService<ClusterScopeDbContext>();
        var before = await db.Leads.CountAsync();
        var outcome = await service.CreateAsync(new LeadEdit
        {
            CompanyName = " ", ZoneCode = zone, CreditCode = "91220101MA0Y5XXXXZ", ClusterCode = "no-such-cluster", ExpectedInvestment = -1,
            ExpectedJobs = -3, NextActionDue = new DateOnly(2027, 1, 1),
        }, manager, Audit(manager), default);
        Assert.Equal(ReviewStatus.Invalid, outcome.Status);
        Assert.Equal(["clusterCode", "companyName", "creditCode", "expectedInvestment", "expectedJobs", "nextAction"], outcome.Errors!.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("统一社会信用代码", outcome.Errors.In(chinese: true)["creditCode"][0], StringComparison.Ordinal);
        Assert.Equal(before, await db.Leads.CountAsync());
    }

    [Fact]
    public async Task Skipping_or_going_back_needs_a_reason_and_the_history_keeps_it()
    {
        var zone = await ZoneAsync(3);
        var manager = Manager(zone);
        var id = await CreateAsync(manager, zone, "Skipping seats Co.");
        await using var scope = database.Scope();
        var service = scope.ServiceProvider.GetRequiredService<LeadService>();
        var skip = await service.MoveAsync(id, 0, LeadStage.Negotiating, null, null, manager, Audit(manager), default);
        Assert.Equal(ReviewStatus.Invalid, skip.Status);
        Assert.Contains("skips contacted, visited", skip.Message, StringComparison.Ordinal);
        var moved = await service.MoveAsync(id, 0, LeadStage.Negotiating, null, "met at the Changchun auto fair", manager, Audit(manager), default);
        Assert.Equal(ReviewStatus.Done, moved.Status);
        Assert.Equal(ReviewStatus.Conflict, (await service.MoveAsync(id, 0, LeadStage.Visited, null, "stale", manager, Audit(manager), default)).Status);
        Assert.Equal(ReviewStatus.Invalid, (await service.MoveAsync(id, moved.Version!.Value, LeadStage.Lost, null, "", manager, Audit(manager), default)).Status);
        var lost = await service.MoveAsync(id, moved.Version!.Value, LeadStage.Lost, null, "chose another province", manager, Audit(manager), default);
        Assert.Equal(ReviewStatus.Done, lost.Status);

        var lead = await scope.ServiceProvider.GetRequiredService<LeadQueries>().FindAsync(id, manager, default);
        Assert.Equal([(null, LeadStage.Identified, null), (LeadStage.Identified, LeadStage.Negotiating, "met at the Changchun auto fair"),
            (LeadStage.Negotiating, LeadStage.Lost, "chose another province")],
            lead!.History.OrderBy(h => h.Id).Select(h => (h.From, h.To, h.Reason)));
        Assert.Equal("chose another province", lead.LostReason);
        var db = scope.ServiceProvider.GetRequiredService<ClusterScopeDbContext>();
        Assert.Equal(2, await db.LeadEvents.CountAsync(e => e.LeadId == id && e.Kind == LeadEventKind.StageChanged));
        Assert.True(await db.AuditEntries.AnyAsync(a => a.EntityType == "Lead" && a.EntityCode == id.ToString(System.Globalization.CultureInfo.InvariantCulture) && a.Field == "Stage" && a.NewValue == "Lost"));
    }

    [Fact]
    public async Task A_win_counts_only_after_a_second_person_verifies_its_evidence_and_then_feeds_a_plan_target()
    {
        var zone = await ZoneAsync(4);
        var manager = Manager(zone);
        var id = await CreateAsync(manager, zone, "Verified battery plant", investment: 12.5, jobs: 800, chain: "auto");
        await using var scope = database.Scope();
        var service = scope.ServiceProvider.GetRequiredService<LeadService>();
        var queries = scope.ServiceProvider.GetRequiredService<LeadQueries>();
        var signed = await service.MoveAsync(id, 0, LeadStage.AgreementSigned, null, "agreement signed at the fair", manager, Audit(manager), default);
        Assert.Equal(ReviewStatus.Invalid, (await service.RequestVerificationAsync(id, signed.Version!.Value, manager, Audit(manager), default)).Status);
        Assert.Equal(ReviewStatus.Invalid, (await service.AttachAsync(id, signed.Version!.Value, "agreement.pdf", "not a pdf"u8.ToArray(), true, manager, Audit(manager), default)).Status);
        var attached = await service.AttachAsync(id, signed.Version!.Value, "../../etc/agreement.pdf", Pdf, true, manager, Audit(manager), default);
        Assert.Equal(ReviewStatus.Done, attached.Status);
        var requested = await service.RequestVerificationAsync(id, attached.Version!.Value, manager, Audit(manager), default);
        Assert.Equal(ReviewStatus.Done, requested.Status);
        Assert.DoesNotContain(await queries.VerifiedTotalsAsync(Admin, default), t => t.ZoneCode == zone);
        Assert.Equal(0, await PlanValueAsync(zone));

        var self = new SubmissionUser(manager.Name, IsAdmin: true, IsAnalyst: false, new HashSet<string>());
        Assert.Equal(ReviewStatus.NotAllowed, (await service.DecideAsync(id, requested.Version!.Value, true, null, self, Audit(self), default)).Status);
        Assert.Equal(ReviewStatus.NotAllowed, (await service.DecideAsync(id, requested.Version!.Value, true, null, manager, Audit(manager), default)).Status);
        var verified = await service.DecideAsync(id, requested.Version!.Value, true, null, Admin, Audit(Admin), default);
        Assert.Equal(ReviewStatus.Done, verified.Status);

        var total = Assert.Single(await queries.VerifiedTotalsAsync(Admin, default), t => t.ZoneCode == zone);
        Assert.Equal((1, 12.5, 800), (total.Wins, total.Investment, total.Jobs));
        Assert.Equal(12.5, await PlanValueAsync(zone));
        var document = (await queries.FindAsync(id, manager, default))!.Documents.Single();
        Assert.Equal(("agreement.pdf", "application/pdf"), (document.FileName, document.ContentType));
        Assert.Equal(Pdf, (await queries.DocumentAsync(id, document.Id, manager, default))!.Content);
        Assert.Null(await queries.DocumentAsync(id, document.Id, Manager(await ZoneAsync(5)), default));

        // Falling back before signing withdraws the verification: the win no longer counts.
        var back = await service.MoveAsync(id, verified.Version!.Value, LeadStage.Negotiating, null, "agreement suspended", manager, Audit(manager), default);
        Assert.Equal(ReviewStatus.Done, back.Status);
        Assert.DoesNotContain(await queries.VerifiedTotalsAsync(Admin, default), t => t.ZoneCode == zone);
    }

    [Fact]
    public async Task The_same_project_is_shown_as_a_duplicate_and_not_verified_twice_across_zones()
    {
        var (zone, other) = (await ZoneAsync(6), await ZoneAsync(7));
        const string credit = "91220101MA0Y5XXXX0";
        Assert.True(Domain.Registry.UnifiedSocialCreditCode.TryValidate(Fixed(credit), out _));
        var first = await WinAsync(Manager(zone), zone, "Twice counted Ltd", Fixed(credit));
        var second = await WinAsync(Manager(other), other, "Twice counted (Jilin) Ltd", Fixed(credit));
        await using var scope = database.Scope();
        var service = scope.ServiceProvider.GetRequiredService<LeadService>();
        Assert.Equal(ReviewStatus.Done, (await service.DecideAsync(first.Id, first.Version, true, null, Admin, Audit(Admin), default)).Status);
        var lead = (await scope.ServiceProvider.GetRequiredService<LeadQueries>().FindAsync(second.Id, Admin, default))!;
        Assert.Contains(await service.DuplicatesAsync(lead, default), d => d.Id == first.Id);
        var refused = await service.DecideAsync(second.Id, second.Version, true, null, Admin, Audit(Admin), default);
        Assert.Equal(ReviewStatus.NotAllowed, refused.Status);
        Assert.Contains($"lead {first.Id}", refused.Message, StringComparison.Ordinal);
        Assert.Equal(ReviewStatus.Invalid, (await service.DecideAsync(second.Id, second.Version, false, " ", Admin, Audit(Admin), default)).Status);
        Assert.Equal(ReviewStatus.Done, (await service.DecideAsync(second.Id, second.Version, false, "same project as lead " + first.Id, Admin, Audit(Admin), default)).Status);
    }

    [Fact]
    public async Task Overdue_actions_are_recorded_once_and_the_funnel_counts_each_stage()
    {
        var zone = await ZoneAsync(8);
        var manager = Manager(zone);
        await using var scope = database.Scope();
        var service = scope.ServiceProvider.GetRequiredService<LeadService>();
        var overdue = await service.CreateAsync(new LeadEdit { CompanyName = "Late follow-up Co.", ZoneCode = zone, NextAction = "call back", NextActionDue = new DateOnly(2020, 1, 1) },
            manager, Audit(manager), default);
        var moving = await CreateAsync(manager, zone, "Moving along Co.");
        Assert.Equal(ReviewStatus.Done, (await service.MoveAsync(moving, 0, LeadStage.Contacted, null, null, manager, Audit(manager), default)).Status);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        Assert.True(await service.RecordOverdueAsync(today, default) >= 1);
        Assert.Equal(0, await service.RecordOverdueAsync(today, default));
        var queries = scope.ServiceProvider.GetRequiredService<LeadQueries>();
        Assert.Equal([overdue.Id!.Value], (await queries.OverdueAsync(manager, today, default)).Select(l => l.Id));
        var funnel = await queries.FunnelAsync(manager, zone, today, default);
        var identified = funnel.Single(f => f.Stage == LeadStage.Identified);
        Assert.Equal((2, 1, 1, 0.5), (identified.Reached, identified.Now, identified.WentOn, identified.Conversion));
        Assert.Equal((1, 1), (funnel.Single(f => f.Stage == LeadStage.Contacted).Reached, funnel.Single(f => f.Stage == LeadStage.Contacted).Now));
        Assert.Equal(0, funnel.Single(f => f.Stage == LeadStage.Visited).Reached);
    }

    private async Task<(long Id, int Version)> WinAsync(SubmissionUser manager, string zone, string name, string credit)
    {
        await using var scope = database.Scope();
        var service = scope.ServiceProvider.GetRequiredService<LeadService>();
        var created = await service.CreateAsync(new LeadEdit { CompanyName = name, ZoneCode = zone, CreditCode = credit, ExpectedInvestment = 3 }, manager, Audit(manager), default);
        Assert.Equal(ReviewStatus.Done, created.Status);
        var id = created.Id!.Value;
        var signed = await service.MoveAsync(id, created.Version!.Value, LeadStage.AgreementSigned, null, "signed", manager, Audit(manager), default);
        var attached = await service.AttachAsync(id, signed.Version!.Value, "a.pdf", Pdf, true, manager, Audit(manager), default);
        var requested = await service.RequestVerificationAsync(id, attached.Version!.Value, manager, Audit(manager), default);
        Assert.Equal(ReviewStatus.Done, requested.Status);
        return (id, requested.Version!.Value);
    }

    // A target "verified investment in the auto chain" over a plan of the zone's prefecture.
    private async Task<double?> PlanValueAsync(string zone)
    {
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ClusterScopeDbContext>();
        var prefecture = await db.Zones.Where(z => z.Code == zone).Select(z => z.PrefectureCode).SingleAsync();
        var plan = new Plan
        {
            Code = "wins-" + zone, NameEn = "Wins", NameZh = "项目", Issuer = "test", PeriodStart = 2021, PeriodEnd = 2030, ScopeRegionCode = prefecture!,
            Targets =
            {
                new Target
                {
                    PlanCode = "wins-" + zone, Code = "auto-investment", NameEn = "Verified auto investment", NameZh = "汽车产业链已核验投资", Kind = TargetKind.VerifiedWins,
                    Comparator = Comparator.AtLeast, Value = 500, Unit = "100m CNY", DeadlineYear = 2030, Indicator = VerifiedWin.InvestmentIndicator,
                    ReferenceEntity = "auto", BaselinePeriod = "2020",
                },
            },
        };
        Assert.Empty(plan.Targets[0].Validate());
        var data = await scope.ServiceProvider.GetRequiredService<Data.Targets.PlanService>().LoadDataAsync(plan, default);
        var value = TargetEvaluator.ValueIn(plan.Targets[0], data, DateTime.UtcNow.Year)?.Value;
        var entities = TargetEvaluator.Entities(plan.Targets[0], data, DateTime.UtcNow.Year);
        Assert.Equal(value > 0 ? [zone] : [], entities.Where(e => e.Code == zone).Select(e => e.Code));
        return entities.Where(e => e.Code == zone).Sum(e => e.Value ?? 0);
    }

    private async Task<long> CreateAsync(SubmissionUser user, string zone, string name, double? investment = null, int? jobs = null, string? chain = null)
    {
        await using var scope = database.Scope();
        var outcome = await scope.ServiceProvider.GetRequiredService<LeadService>().CreateAsync(
            new LeadEdit { CompanyName = name, ZoneCode = zone, ExpectedInvestment = investment, ExpectedJobs = jobs, ChainCode = chain }, user, Audit(user), default);
        Assert.Equal(ReviewStatus.Done, outcome.Status);
        return outcome.Id!.Value;
    }

    private async Task<string> ZoneAsync(int index)
    {
        await using var scope = database.Scope();
        return (await scope.ServiceProvider.GetRequiredService<ClusterScopeDbContext>().Zones.AsNoTracking().OrderBy(z => z.Code).Select(z => z.Code).ToListAsync())[index];
    }

    private static string Fixed(string code) => code[..17] + Domain.Registry.UnifiedSocialCreditCode.CheckCharacter(code.AsSpan(0, 17));

    private static SubmissionUser Manager(string zone) => new($"manager-{zone}", IsAdmin: false, IsAnalyst: false, new HashSet<string> { zone });

    private static AuditScope Audit(SubmissionUser user) => new(user.Name, "test");
}

public sealed class SqliteLeadPipelineTests(SqliteDatabase database) : LeadPipelineTests(database), IClassFixture<SqliteDatabase>;

public sealed class PostgresLeadPipelineTests(PostgresDatabase database) : LeadPipelineTests(database), IClassFixture<PostgresDatabase>;
