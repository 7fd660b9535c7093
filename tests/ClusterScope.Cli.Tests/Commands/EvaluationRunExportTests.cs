using System.Text.Json;
using ClusterScope.Data;
using ClusterScope.Data.Auditing;
using ClusterScope.Data.Evaluation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ClusterScope.Cli.Tests.Commands;

/// <summary>A run stored from the database, exported as its files, gives the same numbers through <c>clusterscope evaluate</c>.</summary>
public sealed class EvaluationRunExportTests(LoadedCliDatabase database) : IClassFixture<LoadedCliDatabase>
{
    [Fact]
    public async Task Evaluate_on_a_stored_runs_exported_files_prints_the_runs_scores_ranks_intervals_and_awards()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "sqlite", ["ConnectionStrings:ClusterScope"] = database.Connection,
        }).Build();
        await using var services = new ServiceCollection().AddLogging().AddClusterScopeData(configuration).BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        var evaluation = scope.ServiceProvider.GetRequiredService<EvaluationService>();
        var cluster = (await evaluation.ListFrameworksAsync(default)).Single(f => f.Code == "cluster-development" && f.IsBuiltIn);
        var audit = new AuditScope("tester", "test");
        Assert.Empty((await evaluation.CreateRunAsync(new RunRequest(cluster.Id, 2016, 400, 5), audit, default)).Errors);
        var run = (await evaluation.CreateRunAsync(new RunRequest(cluster.Id, 2017, 400, 5), audit, default)).Run!;

        var folder = Directory.CreateTempSubdirectory("cs-run-export-").FullName;
        var files = RunExport.InputFiles(run);
        Assert.Equal(["data.csv", "framework.json", "groups.csv", "previous.csv"], files.Keys.Order());
        foreach (var (name, text) in files)
        {
            await File.WriteAllTextAsync(Path.Combine(folder, name), text);
        }

        Assert.Equal("clusterscope evaluate --framework framework.json --data data.csv --mc 400 --seed 5 --groups groups.csv --previous previous.csv",
            RunExport.CommandLine(run));
        var cli = await CliRun.RunAsync("evaluate", "--framework", Path.Combine(folder, "framework.json"), "--data", Path.Combine(folder, "data.csv"),
            "--mc", "400", "--seed", "5", "--groups", Path.Combine(folder, "groups.csv"), "--previous", Path.Combine(folder, "previous.csv"), "--format", "json");
        Assert.Equal(0, cli.ExitCode);
        using var json = JsonDocument.Parse(cli.Output);
        var printed = json.RootElement.GetProperty("units").EnumerateArray().ToArray();
        var stored = RunResults.FromJson(run.ResultsJson).Units;
        Assert.Equal(stored.Select(u => u.Unit), printed.Select(u => u.GetProperty("unit").GetString()));
        Assert.True(stored.Count(u => u.Rank is not null) >= 20);
        for (var i = 0; i < stored.Count; i++)
        {
            var (s, p) = (stored[i], printed[i]);
            Assert.Equal(s.Score, Number(p, "score"));
            Assert.Equal(s.Rank, Number(p, "rank"));
            Assert.Equal(s.RankMedian, Number(p, "rank_median"));
            Assert.Equal(s.RankP05, Number(p, "rank_p05"));
            Assert.Equal(s.RankP95, Number(p, "rank_p95"));
            Assert.Equal(s.GroupRank, Number(p, "group_rank"));
            Assert.Equal(string.Join(";", s.Awards), p.GetProperty("awards").GetString());
            Assert.Equal(s.ExcludedReason ?? string.Empty, p.GetProperty("excluded_reason").GetString());
            Assert.Equal(s.ExcludedReasonZh ?? string.Empty, p.GetProperty("excluded_reason_zh").GetString());
            Assert.Equal(s.Provenance, p.GetProperty("provenance").GetString());
            Assert.Equal(s.SampleFigures, p.GetProperty("sample_figures").GetInt32());
        }

        var provenance = RunResults.FromJson(run.ResultsJson).Provenance!;
        Assert.Equal(provenance.SampleFigures, json.RootElement.GetProperty("about").GetProperty("sampleFigures").GetInt32());

        Directory.Delete(folder, true);
    }

    private static double? Number(JsonElement row, string column) =>
        row.GetProperty(column).ValueKind == JsonValueKind.Null ? null : row.GetProperty(column).GetDouble();
}
