using ClusterScope.Data.Registry;
using ClusterScope.Data.Targets;
using ClusterScope.Domain.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ClusterScope.Data.Tests.Registry;

/// <summary>The coverage rule that picks the default year, and the provenance of derived figures, run once on SQLite and once on
/// PostgreSQL. Each class has its own database, since these tests add a real figure of a year after the sample series.</summary>
public abstract class PeriodTests(LoadedDatabase database)
{
    private const string Programme = "jilin-clusters-2013";

    [Fact]
    public async Task One_approved_figure_of_a_new_year_does_not_move_any_page_off_the_last_complete_year()
    {
        await using var scope = database.Scope();
        var cluster = await AddReal2025OutputAsync(scope);
        var queries = scope.ServiceProvider.GetRequiredService<RegistryQueries>();

        var periods = await queries.ClusterPeriodsAsync(null, default);
        Assert.Equal((2024, 2024), (periods.Default, periods.Selected));
        var newest = periods.Periods[0];
        Assert.Equal((2025, 1, false), (newest.Year, newest.Reported, newest.IsComplete));
        Assert.Equal(newest.Expected, periods.Periods[1].Reported);
        Assert.True(periods.Periods[1].IsComplete);
        Assert.Equal([2025], periods.NewerIncomplete.Select(p => p.Year));

        var dashboard = await queries.DashboardAsync(null, default);
        var listed = await queries.ListClustersAsync(new ClusterFilter(), PageRequest.All, default);
        Assert.Equal(2024, dashboard.Year);
        Assert.All(listed.Items, c => Assert.Equal(2024, c.Year));
        Assert.Equal(listed.Items.Sum(c => c.Output ?? 0), dashboard.ClusterOutput, 6);
        Assert.Equal(listed.Total, dashboard.TierCounts.Values.Sum());
        Assert.All(await queries.BeltPerformanceAsync(null, null, default), b => Assert.Equal(2024, b.Year));

        var plans = scope.ServiceProvider.GetRequiredService<PlanService>();
        var progress = (await plans.ProgressAsync(Programme, null, null, default))!;
        Assert.Equal(2017, progress.Period);
        Assert.Equal(2024, progress.Periods.Default);
        Assert.Equal(2024, (await plans.PeriodsAsync(Programme, null, default))!.Default);
        Assert.Contains(listed.Items, c => c.Code == cluster);
    }

    [Fact]
    public async Task A_year_asked_for_is_shown_with_its_coverage_and_a_real_figure_reads_real()
    {
        await using var scope = database.Scope();
        var cluster = await AddReal2025OutputAsync(scope);
        var queries = scope.ServiceProvider.GetRequiredService<RegistryQueries>();

        var dashboard = await queries.DashboardAsync(2025, default);
        Assert.Equal(2025, dashboard.Year);
        Assert.Equal(2300, dashboard.ClusterOutput);
        Assert.Equal((0, 1, false), (dashboard.OutputProvenance.Sample, dashboard.OutputProvenance.Figures, dashboard.OutputProvenance.IsSample));
        Assert.False(dashboard.Period.SelectedCoverage!.IsComplete);
        var row = Assert.Single((await queries.ListClustersAsync(new ClusterFilter(Year: 2025), PageRequest.All, default)).Items, c => c.Output is not null);
        Assert.Equal((cluster, false), (row.Code, row.FiguresAreSample));

        var none = await queries.ClusterPeriodsAsync(1990, default);
        Assert.Equal((1990, 0), (none.Selected, none.SelectedCoverage!.Reported));
    }

    [Fact]
    public async Task The_minimum_coverage_setting_decides_which_year_is_complete()
    {
        await using var scope = database.Scope();
        await AddReal2025OutputAsync(scope);
        var db = scope.ServiceProvider.GetRequiredService<ClusterScopeDbContext>();

        var lenient = await new Periods(db, new PeriodSettings(0.005), new RegistryCache()).ChooseAsync(EntityKind.Cluster, "cluster_output", null, null, default);
        Assert.Equal(2025, lenient.Default);
        var subset = await new Periods(db, new PeriodSettings(), new RegistryCache()).ChooseAsync(EntityKind.Cluster, "cluster_output", null, [await FirstClusterAsync(db)], default);
        Assert.Equal((2025, 1, 1), (subset.Default, subset.Periods[0].Reported, subset.Periods[0].Expected));

        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Periods:MinimumCoverage"] = "90" }).Build();
        var error = Assert.Throws<InvalidOperationException>(() => PeriodSettings.From(configuration));
        Assert.Contains("Periods:MinimumCoverage", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Totals_tiers_belts_and_plan_figures_computed_from_sample_inputs_are_sample()
    {
        await using var scope = database.Scope();
        var queries = scope.ServiceProvider.GetRequiredService<RegistryQueries>();
        var dashboard = await queries.DashboardAsync(2024, default);
        Assert.True(dashboard.OutputProvenance.IsSample);
        Assert.Equal(dashboard.OutputProvenance.Figures, dashboard.OutputProvenance.Sample);
        Assert.Equal(dashboard.Period.SelectedCoverage!.Reported, dashboard.OutputProvenance.Figures);
        Assert.All(dashboard.Prefectures.Where(p => p.Clusters > 0), p => Assert.True(p.OutputProvenance.IsSample));
        Assert.All(await queries.BeltPerformanceAsync(2024, null, default), b => Assert.True(b.Provenance.IsSample && b.FiguresAreSample));

        var db = scope.ServiceProvider.GetRequiredService<ClusterScopeDbContext>();
        var sampleIncubators = await db.Incubators.AnyAsync(i => i.Provenance == Provenance.Sample);
        var progress = (await scope.ServiceProvider.GetRequiredService<PlanService>().ProgressAsync(Programme, 2017, null, default))!;
        Assert.Equal(sampleIncubators, progress.Targets.Single(t => t.Target.Code == "incubator-coverage").IsSample);
        Assert.True(sampleIncubators, "the default data set holds sample incubators, so the coverage built on them must read sample");
    }

    [Fact]
    public async Task The_dashboard_total_and_the_programme_output_target_agree_on_what_they_count()
    {
        await using var scope = database.Scope();
        var dashboard = await scope.ServiceProvider.GetRequiredService<RegistryQueries>().DashboardAsync(2024, default);
        var progress = (await scope.ServiceProvider.GetRequiredService<PlanService>().ProgressAsync(Programme, 2024, null, default))!;
        var target = progress.Targets.Single(t => t.Target.Code == "output-total");
        // The target sums the clusters of RMB 2 bn and more; the dashboard's total counts every cluster.
        Assert.Equal(target.Current!.Value, dashboard.OutputFrom2Bn, 6);
        Assert.True(dashboard.ClusterOutput > dashboard.OutputFrom2Bn);
        Assert.True(dashboard.TierCounts[OutputTier.Below2Bn] > 0);
    }

    [Fact]
    public async Task Entity_pages_rank_among_peers_of_the_same_category_and_level_and_export_with_provenance()
    {
        await using var scope = database.Scope();
        var queries = scope.ServiceProvider.GetRequiredService<RegistryQueries>();
        var all = (await queries.ListClustersAsync(new ClusterFilter(Year: 2024), PageRequest.All, default)).Items;
        var largest = all.OrderByDescending(c => c.Output).First();
        var detail = (await queries.GetClusterAsync(largest.Code, 2024, default))!;
        var peers = all.Count(c => c.CategoryCode == largest.CategoryCode && c.ZoneLevel == largest.ZoneLevel);
        Assert.Equal(new PeerRank(1, peers, peers, 2024), detail.Rank);
        var smallest = all.Where(c => c.CategoryCode == largest.CategoryCode && c.ZoneLevel == largest.ZoneLevel).OrderBy(c => c.Output).First();
        Assert.Equal(peers, (await queries.GetClusterAsync(smallest.Code, 2024, default))!.Rank!.Rank);
        Assert.Null((await queries.GetClusterAsync(largest.Code, 1990, default))!.Rank);

        var rows = EntityTable.Of(detail).ToList();
        Assert.Equal(detail.Output.Count + detail.Enterprises.Count + detail.Employment.Count + 1 + detail.EnterpriseList.Count, rows.Count);
        var provenance = EntityTable.Columns.ToList().IndexOf("provenance");
        Assert.All(rows, r => Assert.Contains(r[provenance], new object[] { "real", "sample" }));
        Assert.Contains(rows, r => (string?)r[0] == "rank" && (double?)r[6] == 1);

        var zone = (await queries.GetZoneAsync(largest.ZoneCode, null, default))!;
        Assert.Equal((2024, 2024), (zone.Period.Selected, zone.ClusterPeriod.Selected));
        Assert.InRange(zone.Rank!.Rank, 1, zone.Rank.Ranked);
        Assert.Contains(EntityTable.Of(zone), r => (string?)r[0] == "cluster" && (string?)r[1] == largest.Code);
    }

    // A real, approved 2025 figure for one cluster, as a zone's approved submission writes it.
    private static async Task<string> AddReal2025OutputAsync(AsyncServiceScope scope)
    {
        var db = scope.ServiceProvider.GetRequiredService<ClusterScopeDbContext>();
        var cluster = await FirstClusterAsync(db);
        if (!await db.Observations.AnyAsync(o => o.EntityCode == cluster && o.IndicatorCode == "cluster_output" && o.Period == "2025"))
        {
            db.Observations.Add(new Observation
            {
                EntityKind = EntityKind.Cluster, EntityCode = cluster, IndicatorCode = "cluster_output", Period = "2025", Value = 2300,
                Status = ObservationStatus.Verified, Provenance = Provenance.Real, Source = "zone submission",
            });
            await db.SaveChangesAsync();
        }

        return cluster;
    }

    private static Task<string> FirstClusterAsync(ClusterScopeDbContext db) => db.Clusters.OrderBy(c => c.Code).Select(c => c.Code).FirstAsync();
}

public sealed class SqlitePeriodTests(SqliteDatabase database) : PeriodTests(database), IClassFixture<SqliteDatabase>;

public sealed class PostgresPeriodTests(PostgresDatabase database) : PeriodTests(database), IClassFixture<PostgresDatabase>;
