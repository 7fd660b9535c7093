using ClusterScope.Data.Auditing;
using ClusterScope.Data.Registry;
using ClusterScope.Data.Targets;
using ClusterScope.Domain.Registry;
using ClusterScope.Domain.Targets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClusterScope.Data.Tests.Targets;

/// <summary>Plans on the default data set, run once on SQLite and once on PostgreSQL by the two classes below.</summary>
public abstract class PlanTests(LoadedDatabase database)
{
    private const string Programme = "jilin-clusters-2013";

    [Fact]
    public async Task Default_data_holds_the_2013_programme_and_the_2024_programme_figures()
    {
        Assert.Equal(2, database.FirstLoad["plans"]);
        await using var scope = database.Scope();
        var plans = await scope.ServiceProvider.GetRequiredService<PlanService>().ListPlansAsync(default);
        Assert.Equal([("jilin-clusters-2013", 22), ("jilin-innovation-2024", 4)],
            plans.Where(p => p.Code.StartsWith("jilin-", StringComparison.Ordinal)).Select(p => (p.Code, p.Targets)));
        var plan = (await scope.ServiceProvider.GetRequiredService<PlanService>().GetPlanAsync(Programme, default))!;
        Assert.Equal("clusters-total", plan.Targets[0].Code);
        Assert.Equal(162, plan.Targets[0].Value);
        Assert.Equal([8.0, 53, 56, 45], plan.Targets.Where(t => t.Code.StartsWith("tier-", StringComparison.Ordinal)).Select(t => t.Value));
        Assert.Equal(160, plan.Targets.Where(t => t.Code.StartsWith("category-", StringComparison.Ordinal)).Sum(t => t.Value));
        Assert.All(plan.Targets, t => Assert.False(string.IsNullOrEmpty(t.SourceText)));
        Assert.All(plan.Targets, t => Assert.Contains("规划", t.SourceTextZh, StringComparison.Ordinal));
        Assert.All(plans.Where(p => p.Code.StartsWith("jilin-", StringComparison.Ordinal)), p => Assert.Contains("吉林", p.IssuerZh, StringComparison.Ordinal));
        Assert.All(plans.Where(p => p.Code.StartsWith("jilin-", StringComparison.Ordinal)), p => Assert.False(string.IsNullOrEmpty(p.SourceDocumentZh)));
    }

    [Fact]
    public async Task Tier_counts_in_2017_agree_with_the_cluster_listing()
    {
        await using var scope = database.Scope();
        var progress = (await scope.ServiceProvider.GetRequiredService<PlanService>().ProgressAsync(Programme, 2017, null, default))!;
        var queries = scope.ServiceProvider.GetRequiredService<RegistryQueries>();
        foreach (var (code, tier) in new[] { ("tier-over100bn", OutputTier.Over100Bn), ("tier-over10bn", OutputTier.Over10Bn), ("tier-over2bn", OutputTier.Over2Bn) })
        {
            var listed = await queries.ListClustersAsync(new ClusterFilter(Tier: tier, Year: 2017), PageRequest.All, default);
            var row = progress.Targets.Single(t => t.Target.Code == code);
            Assert.Equal(listed.Total, row.Current);
            Assert.True(row.IsSample);
            Assert.Equal(row.Target.Value - listed.Total, row.Gap);
        }

        Assert.Equal(2017, progress.Period);
        Assert.Equal(2024, progress.LatestYear);
    }

    [Fact]
    public async Task Targets_without_observations_are_no_data_and_not_invented()
    {
        await using var scope = database.Scope();
        var progress = (await scope.ServiceProvider.GetRequiredService<PlanService>().ProgressAsync(Programme, 2017, null, default))!;
        var share = progress.Targets.Single(t => t.Target.Code == "output-share");
        Assert.Equal((TargetStatus.NoData, (double?)null), (share.Status, share.Current));
        Assert.Contains("gross_industrial_output", share.Note, StringComparison.Ordinal);
        Assert.Equal(TargetStatus.NoData, progress.Targets.Single(t => t.Target.Code == "eco-industrial-zones").Status);
        var coverage = progress.Targets.Single(t => t.Target.Code == "incubator-coverage");
        Assert.InRange(coverage.Current!.Value, 1, 100);

        var figures = (await scope.ServiceProvider.GetRequiredService<PlanService>().ProgressAsync("jilin-innovation-2024", null, null, default))!;
        Assert.Equal(2024, figures.Period);
        Assert.All(figures.Targets, t => Assert.Equal((TargetStatus.NoData, (double?)null), (t.Status, t.Current)));
    }

    [Fact]
    public async Task Findings_of_the_default_programme_name_the_numbers()
    {
        await using var scope = database.Scope();
        var findings = (await scope.ServiceProvider.GetRequiredService<PlanService>().FindingsAsync(Programme, default))!;
        var categories = Assert.Single(findings, f => f.Kind == FindingKind.PartsVersusWhole);
        Assert.Equal((162.0, 160.0), (categories.Expected!.Value, categories.Actual!.Value));
        var implied = Assert.Single(findings, f => f.Kind == FindingKind.ImpliedQuantity);
        Assert.Equal(48_022.6, implied.Expected!.Value, 1);
        Assert.Contains(findings, f => f.Kind == FindingKind.ExceedsPopulation && f.TargetCodes.SequenceEqual(["eco-industrial-zones"]) && f.Actual == 62);
    }

    [Fact]
    public async Task Drill_down_lists_the_clusters_counted_as_over_100_bn()
    {
        await using var scope = database.Scope();
        var service = scope.ServiceProvider.GetRequiredService<PlanService>();
        var target = (await service.GetPlanAsync(Programme, default))!.Targets.Single(t => t.Code == "tier-over100bn");
        var entities = (await service.EntitiesAsync(Programme, target.Id, 2017, default))!;
        Assert.Equal(entities.Progress.Current, entities.Entities.Count);
        Assert.All(entities.Entities, e => Assert.True(e.Value >= 1000));
        Assert.Null(await service.EntitiesAsync(Programme, -1, 2017, default));
        Assert.Null(await service.EntitiesAsync("no-such-plan", target.Id, 2017, default));
    }

    [Fact]
    public async Task Plans_and_targets_are_created_and_edited_with_validation_concurrency_and_audit()
    {
        await using var scope = database.Scope();
        var editor = scope.ServiceProvider.GetRequiredService<PlanEditor>();
        var code = "test-" + Guid.NewGuid().ToString("N")[..8];
        var created = await editor.CreatePlanAsync(new PlanEdit(code, "Test plan", "测试规划", "Tester", null, null, 2020, 2025, "220000", 0), Tester, default);
        Assert.Equal(EditStatus.Saved, created.Status);
        Assert.Equal(EditStatus.Invalid, (await editor.CreatePlanAsync(new PlanEdit(code, "Again", "再", "Tester", null, null, 2020, 2025, "220000", 0), Tester, default)).Status);

        var edit = new TargetEdit("output", "Output", "产值", TargetKind.Sum, Comparator.AtLeast, 20000, "100m CNY", 2025, null, null, "cluster_output", null, null, null, null, null, 1, created.Version!.Value);
        var (saved, id) = await editor.SaveTargetAsync(code, null, edit, Tester, default);
        Assert.Equal(EditStatus.Saved, saved.Status);
        Assert.Equal(created.Version + 1, saved.Version);

        var (stale, _) = await editor.SaveTargetAsync(code, id, edit with { Value = 1 }, Tester, default);
        Assert.Equal(EditStatus.Conflict, stale.Status);
        var (invalid, _) = await editor.SaveTargetAsync(code, id, edit with { Condition = "tier=Huge", PlanVersion = saved.Version!.Value }, Tester, default);
        Assert.Equal(["condition"], invalid.Errors!.Keys);
        var (changed, _) = await editor.SaveTargetAsync(code, id, edit with { Value = 21000, PlanVersion = saved.Version!.Value }, Tester, default);
        Assert.Equal(EditStatus.Saved, changed.Status);

        var db = scope.ServiceProvider.GetRequiredService<ClusterScopeDbContext>();
        Assert.Equal(21000, (await db.Targets.SingleAsync(t => t.Id == id)).Value);
        var (translated, _) = await editor.SaveTargetAsync(code, id, edit with { Value = 21000, SourceTextZh = " 规划原文 ", PlanVersion = changed.Version!.Value }, Tester, default);
        Assert.Equal(EditStatus.Saved, translated.Status);
        Assert.Equal("规划原文", (await db.Targets.AsNoTracking().SingleAsync(t => t.Id == id)).SourceTextZh);
        Assert.True(await db.AuditEntries.AnyAsync(a => a.EntityType == "Target" && a.Field == "SourceTextZh" && a.NewValue == "规划原文"));
        var plan = await db.Plans.AsNoTracking().SingleAsync(p => p.Code == code);
        var updated = await editor.UpdatePlanAsync(code, new PlanEdit(code, "Test plan", "测试规划", "Tester", null, null, 2020, 2025, "220000",
            plan.Version, IssuerZh: "测试机关", SourceDocumentZh: "测试文件"), Tester, default);
        Assert.Equal(EditStatus.Saved, updated.Status);
        var stored = await db.Plans.AsNoTracking().SingleAsync(p => p.Code == code);
        Assert.Equal(("测试机关", "测试文件"), (stored.IssuerZh, stored.SourceDocumentZh));
        Assert.True(await db.AuditEntries.AnyAsync(a => a.EntityType == "Target" && a.EntityCode == code + "/output" && a.Field == "Value" && a.NewValue == "21000"));
        Assert.Equal(EditStatus.Saved, (await editor.DeleteTargetAsync(code, id!.Value, updated.Version!.Value, Tester, default)).Status);
        Assert.False(await db.Targets.AnyAsync(t => t.Id == id));
    }

    private static AuditScope Tester => new("tester", "test");
}

public sealed class SqlitePlanTests(SqliteDatabase database) : PlanTests(database), IClassFixture<SqliteDatabase>;

public sealed class PostgresPlanTests(PostgresDatabase database) : PlanTests(database), IClassFixture<PostgresDatabase>;
