using System.Text.Json.Nodes;
using ClusterScope.Data.Auditing;
using ClusterScope.Data.Evaluation;
using ClusterScope.Domain.Evaluation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClusterScope.Data.Tests.Evaluation;

/// <summary>Stored, re-runnable evaluation runs on the default data set, once on SQLite and once on PostgreSQL.</summary>
public abstract class EvaluationRunTests(LoadedDatabase database)
{
    private static AuditScope Tester => new("tester", "test");

    [Fact]
    public async Task Default_data_holds_the_three_templates_as_framework_versions_and_a_reload_adds_none()
    {
        Assert.Equal(3, database.FirstLoad["frameworks"]);
        await using var scope = database.Scope();
        var frameworks = await scope.ServiceProvider.GetRequiredService<EvaluationService>().ListFrameworksAsync(default);
        Assert.Equal([("cluster-development", "2025.1"), ("national-etdz", "2016"), ("national-etdz", "2021")],
            frameworks.Where(f => f.IsBuiltIn).Select(f => (f.Code, f.Version)));
        var again = await scope.ServiceProvider.GetRequiredService<DefaultData.DatasetLoader>().LoadAsync("jilin", null, default);
        Assert.Equal(0, again["frameworks"]);
    }

    [Fact]
    public async Task A_run_of_the_cluster_template_is_stored_with_ranks_and_intervals_and_reruns_byte_for_byte()
    {
        await using var scope = database.Scope();
        var service = scope.ServiceProvider.GetRequiredService<EvaluationService>();
        var cluster = (await service.ListFrameworksAsync(default)).Single(f => f.Code == "cluster-development" && f.IsBuiltIn);
        var (run, errors) = await service.CreateRunAsync(new RunRequest(cluster.Id, 2017, 300, 7), Tester, default);
        Assert.Empty(errors);
        Assert.NotNull(run);
        var results = RunResults.FromJson(run.ResultsJson);
        var ranked = results.Units.Where(u => u.Rank is not null).ToArray();
        Assert.True(ranked.Length >= 20, $"{ranked.Length} zones ranked");
        Assert.Equal(Enumerable.Range(1, ranked.Length).Select(i => (double)i), ranked.Select(u => u.Rank!.Value).Order());
        Assert.All(ranked, u => Assert.InRange(u.Rank!.Value, u.RankP05!.Value, u.RankP95!.Value + 1e-9));
        Assert.All(results.Units.Where(u => u.Rank is null), u => Assert.False(string.IsNullOrEmpty(u.ExcludedReason)));
        Assert.Equal(["national", "provincial"], results.Units.Select(u => u.Group).Distinct().Order());
        Assert.Contains(results.Awards, a => a.Code == "excellence");
        Assert.NotEmpty(results.Coherence);

        // What the run keeps is enough to compute it again.
        var snapshot = RunSnapshot.From(run.DataJson, run.InputsJson);
        Assert.Equal(run.ResultsJson, EvaluationService.Compute(run.FrameworkJson, snapshot, 300, 7).ToJson());
        var rerun = (await service.RerunAsync(run.Id, default))!;
        Assert.True(rerun.Identical);
        Assert.Equal(rerun.StoredHash, rerun.RecomputedHash);
        Assert.NotEqual(run.ResultsJson, EvaluationService.Compute(run.FrameworkJson, snapshot, 300, 8).ToJson());

        var db = scope.ServiceProvider.GetRequiredService<ClusterScopeDbContext>();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.EntityType == "EvaluationRun" && a.Action == "Created" && a.Actor == "tester"));
    }

    [Fact]
    public async Task A_stored_run_cannot_be_changed_or_deleted()
    {
        await using var scope = database.Scope();
        var service = scope.ServiceProvider.GetRequiredService<EvaluationService>();
        var cluster = (await service.ListFrameworksAsync(default)).Single(f => f.Code == "cluster-development" && f.IsBuiltIn);
        var (run, _) = await service.CreateRunAsync(new RunRequest(cluster.Id, 2016, 0, 1), Tester, default);
        var db = scope.ServiceProvider.GetRequiredService<ClusterScopeDbContext>();
        var stored = await db.EvaluationRuns.SingleAsync(r => r.Id == run!.Id);
        stored.ResultsJson = "{}";
        var changed = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        Assert.Contains($"run {run!.Id} is stored and cannot be changed", changed.Message, StringComparison.Ordinal);
        db.ChangeTracker.Clear();
        db.EvaluationRuns.Remove(await db.EvaluationRuns.SingleAsync(r => r.Id == run.Id));
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        db.ChangeTracker.Clear();
        Assert.Equal(run.ResultsJson, (await db.EvaluationRuns.AsNoTracking().SingleAsync(r => r.Id == run.Id)).ResultsJson);
    }

    [Fact]
    public async Task Bad_requests_name_the_parameter_and_store_nothing()
    {
        await using var scope = database.Scope();
        var service = scope.ServiceProvider.GetRequiredService<EvaluationService>();
        var db = scope.ServiceProvider.GetRequiredService<ClusterScopeDbContext>();
        var before = await db.EvaluationRuns.CountAsync();
        var (run, errors) = await service.CreateRunAsync(new RunRequest(99999, 1990, -1, 1), Tester, default);
        Assert.Null(run);
        Assert.Equal(["frameworkId", "replications", "year"], errors.Keys.Order());
        Assert.Contains("1990", errors["year"][0], StringComparison.Ordinal);
        Assert.Equal(before, await db.EvaluationRuns.CountAsync());
    }

    [Fact]
    public async Task An_edited_framework_is_a_new_version_and_errors_name_the_json_path()
    {
        await using var scope = database.Scope();
        var service = scope.ServiceProvider.GetRequiredService<EvaluationService>();
        var cluster = (await service.ListFrameworksAsync(default)).Single(f => f.Code == "cluster-development" && f.IsBuiltIn);
        var (_, same) = await service.SaveFrameworkAsync(cluster.Json, Tester, default);
        Assert.Equal(["$.version: framework 'cluster-development' already has version '2025.1'; give the edit a new version."], same);
        var broken = JsonNode.Parse(cluster.Json)!;
        broken["version"] = "edit-broken";
        broken["indicators"]![3]!["weight"] = -1;
        var (_, errors) = await service.SaveFrameworkAsync(broken.ToJsonString(), Tester, default);
        Assert.Contains(errors, e => e.StartsWith("$.indicators[3].weight", StringComparison.Ordinal));
        var edited = JsonNode.Parse(cluster.Json)!;
        edited["version"] = "edit-1";
        var (saved, none) = await service.SaveFrameworkAsync(edited.ToJsonString(), Tester, default);
        Assert.Empty(none);
        Assert.Equal(("cluster-development", "edit-1", false, "tester"), (saved!.Code, saved.Version, saved.IsBuiltIn, saved.CreatedBy));
    }

    [Fact]
    public async Task Sensitivity_of_a_run_is_reproducible_and_says_in_both_languages_why_when_there_is_none()
    {
        await using var scope = database.Scope();
        var service = scope.ServiceProvider.GetRequiredService<EvaluationService>();
        var cluster = (await service.ListFrameworksAsync(default)).Single(f => f.Code == "cluster-development" && f.IsBuiltIn);
        var (run, _) = await service.CreateRunAsync(new RunRequest(cluster.Id, 2017, 50, 5), Tester, default);
        var (result, reason, _) = EvaluationService.Sensitivity(run!);
        Assert.Null(reason);
        Assert.Equal(["weights", "normalisation", "inclusion"], result!.Factors);
        Assert.All(result.Estimate.FirstOrder.Concat(result.Estimate.Total), v => Assert.True(double.IsFinite(v)));
        Assert.Equal(result.Estimate.Total, EvaluationService.Sensitivity(run!).Result!.Estimate.Total);

        var framework = JsonNode.Parse(cluster.Json)!;
        framework["code"] = "cluster-one-input";
        framework["version"] = "1";
        framework["uncertainty"] = JsonNode.Parse("""{ "weightPerturbation": 0.25, "varyInclusion": false }""");
        var (saved, errors) = await service.SaveFrameworkAsync(framework.ToJsonString(), Tester, default);
        Assert.Empty(errors);
        var (single, _) = await service.CreateRunAsync(new RunRequest(saved!.Id, 2017, 50, 5), Tester, default);
        var (none, why, whyZh) = EvaluationService.Sensitivity(single!);
        Assert.Null(none);
        Assert.Equal("the framework's method varies 1 of its choices; it takes 2 to compare them.", why);
        Assert.Contains("至少要有 2 项", whyZh, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demotion_is_evaluated_over_the_stored_runs_of_consecutive_years()
    {
        await using var scope = database.Scope();
        var service = scope.ServiceProvider.GetRequiredService<EvaluationService>();
        var cluster = (await service.ListFrameworksAsync(default)).Single(f => f.Code == "cluster-development" && f.IsBuiltIn);
        var framework = JsonNode.Parse(cluster.Json)!;
        framework["code"] = "cluster-demotion";
        framework["version"] = "1";
        framework["demotion"] = JsonNode.Parse("""{ "placings": 2, "bottom": 5, "years": 3, "scope": "group" }""");
        var (saved, errors) = await service.SaveFrameworkAsync(framework.ToJsonString(), Tester, default);
        Assert.Empty(errors);
        Assert.Null(await service.DemotionAsync("cluster-demotion", includeUnpublished: true, default));
        var runs = new List<RunResults>();
        foreach (var year in new[] { 2018, 2019, 2020 })
        {
            var (run, _) = await service.CreateRunAsync(new RunRequest(saved!.Id, year, 0, 1), Tester, default);
            runs.Add(RunResults.FromJson(run!.ResultsJson));
        }

        var (rule, findings, years) = (await service.DemotionAsync("cluster-demotion", includeUnpublished: true, default))!.Value;
        Assert.Equal((2, 5, 3), (rule.Placings, rule.Bottom, rule.Years));
        Assert.Equal([2018, 2019, 2020], years);
        // Recount the bottom-5 placings within each level from the stored results themselves.
        var bottom = runs.SelectMany((r, k) => r.Units.Where(u => u.GroupRank is not null)
                .GroupBy(u => u.Group).SelectMany(g => g.Where(u => u.GroupRank > g.Count() - 5)).Select(u => (u.Unit, Year: 2018 + k)))
            .GroupBy(p => p.Unit).Where(g => g.Count() >= 2).Select(g => g.Key).Order().ToArray();
        Assert.NotEmpty(bottom);
        Assert.Equal(bottom, findings.Select(f => f.Unit).Order());
        Assert.All(findings, f => Assert.True(f.Years.Count >= 2));
    }
}

public sealed class SqliteEvaluationRunTests(SqliteDatabase database) : EvaluationRunTests(database), IClassFixture<SqliteDatabase>;

public sealed class PostgresEvaluationRunTests(PostgresDatabase database) : EvaluationRunTests(database), IClassFixture<PostgresDatabase>;
