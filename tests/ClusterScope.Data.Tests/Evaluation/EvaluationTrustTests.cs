using ClusterScope.Data.Auditing;
using ClusterScope.Data.Evaluation;
using ClusterScope.Domain.Evaluation;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace ClusterScope.Data.Tests.Evaluation;

/// <summary>What officials need to trust a run on the default data: the coverage report before it, plain exclusion reasons
/// in both languages, and the provenance of every result and export; once on SQLite and once on PostgreSQL.</summary>
public abstract class EvaluationTrustTests(LoadedDatabase database)
{
    private static AuditScope Tester => new("tester", "test");

    private async Task<(EvaluationService Service, int FrameworkId, AsyncServiceScope Scope)> ClusterTemplateAsync()
    {
        var scope = database.Scope();
        var service = scope.ServiceProvider.GetRequiredService<EvaluationService>();
        var cluster = (await service.ListFrameworksAsync(default)).Single(f => f.Code == "cluster-development" && f.IsBuiltIn);
        return (service, cluster.Id, scope);
    }

    [Fact]
    public async Task Coverage_report_says_which_indicators_lack_data_for_which_zones_and_what_the_run_does()
    {
        var (service, id, scope) = await ClusterTemplateAsync();
        await using var _ = scope;
        var (coverage, errors) = await service.CoverageAsync(id, 2017, true, default);
        Assert.Empty(errors);
        Assert.NotNull(coverage);
        Assert.Equal(12, coverage.Indicators.Count);
        // The template's four 'missing' indicators have no data at all: dropped, each missing for every zone.
        var dropped = coverage.Indicators.Where(i => i.Action == CoverageAction.Drop).Select(i => i.Code).Order().ToArray();
        Assert.Equal(["investment_attracted", "private_economy_share", "rd_intensity", "sme_chain_share"], dropped);
        Assert.All(coverage.Indicators.Where(i => i.Action == CoverageAction.Drop), i => Assert.Equal(coverage.Units, i.MissingUnits.Count));
        Assert.All(coverage.Indicators.Where(i => i.Action == CoverageAction.Complete), i => Assert.Empty(i.MissingUnits));
        Assert.All(coverage.Indicators.Where(i => i.Action == CoverageAction.Impute), i => Assert.StartsWith("imputed for ", i.Treatment.En, StringComparison.Ordinal));
        Assert.Contains("no zone reports it", coverage.Indicators.First(i => i.Code == "rd_intensity").Treatment.En, StringComparison.Ordinal);
        Assert.Contains("没有开发区报告该指标", coverage.Indicators.First(i => i.Code == "rd_intensity").Treatment.Zh, StringComparison.Ordinal);

        // The report and a run agree on who is left out.
        var (run, _) = await service.CreateRunAsync(new RunRequest(id, 2017, 0, 1), Tester, default);
        var notRanked = RunResults.FromJson(run!.ResultsJson).Units.Where(u => u.Rank is null).Select(u => u.Unit).Order().ToArray();
        Assert.Equal(notRanked, coverage.Excluded.Select(e => e.Unit).Order().ToArray());
        Assert.NotEmpty(notRanked);
    }

    [Fact]
    public async Task Coverage_of_an_unknown_framework_or_year_names_the_parameter()
    {
        var (service, id, scope) = await ClusterTemplateAsync();
        await using var _ = scope;
        var (none, errors) = await service.CoverageAsync(-1, 1900, true, default);
        Assert.Null(none);
        Assert.Equal(["frameworkId", "year"], errors.Keys.Order());
        Assert.Contains("1900", errors["year"][0], StringComparison.Ordinal);
        Assert.Single((await service.CoverageAsync(id, 1900, true, default)).Errors.Keys);
    }

    [Fact]
    public async Task Exclusions_read_in_plain_words_in_both_languages_not_as_rule_strings()
    {
        var (service, id, scope) = await ClusterTemplateAsync();
        await using var _ = scope;
        var (run, _) = await service.CreateRunAsync(new RunRequest(id, 2017, 0, 1), Tester, default);
        var excluded = RunResults.FromJson(run!.ResultsJson).Units.Where(u => u.Rank is null).ToArray();
        Assert.NotEmpty(excluded);
        Assert.All(excluded, u =>
        {
            Assert.DoesNotContain(">=", u.ExcludedReason, StringComparison.Ordinal);
            Assert.DoesNotContain("meets 0 of", u.ExcludedReason, StringComparison.Ordinal);
            Assert.Contains("the framework needs", u.ExcludedReason, StringComparison.Ordinal);
            Assert.Contains("而框架要求", u.ExcludedReasonZh, StringComparison.Ordinal);
        });
        var incubatorRule = excluded.FirstOrDefault(u => u.ExcludedReason!.Contains("Incubators", StringComparison.Ordinal));
        if (incubatorRule is not null)
        {
            Assert.Contains(" or Eco-industrial demonstration status of at least 1", incubatorRule.ExcludedReason, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_run_counts_its_sample_figures_and_marks_every_result_built_on_them()
    {
        var (service, id, scope) = await ClusterTemplateAsync();
        await using var _ = scope;
        var (run, _) = await service.CreateRunAsync(new RunRequest(id, 2017, 100, 3), Tester, default);
        var results = RunResults.FromJson(run!.ResultsJson);
        var snapshot = RunSnapshot.From(run.DataJson, run.InputsJson);
        Assert.True(snapshot.HasProvenance);
        var provenance = results.Provenance!;
        // Cluster output in the default data is sample (PROVENANCE.md); the eco-industrial status is the registry's, real.
        Assert.Equal(snapshot.Values.Count(v => v.Sample == true), provenance.SampleFigures);
        Assert.Equal(snapshot.Values.Count, provenance.Figures);
        Assert.InRange(provenance.SampleFigures, 1, provenance.Figures - 1);
        Assert.Contains(snapshot.Values, v => v.Indicator == "cluster_output" && v.Sample == true);
        Assert.All(snapshot.Values.Where(v => v.Indicator == "eco_industrial_status"), v => Assert.False(v.Sample));
        Assert.All(results.Units.Where(u => u.Rank is not null), u => Assert.Equal("sample", u.Provenance));
        Assert.All(results.Units, u => Assert.Equal(snapshot.Values.Count(v => v.Unit == u.Unit && v.Sample == true), u.SampleFigures));
        Assert.All(results.Units.Where(u => u.Rank is null), u => Assert.Equal(u.SampleFigures > 0 ? "sample" : "real", u.Provenance));
        Assert.True((await service.RerunAsync(run.Id, default))!.Identical);
    }

    [Fact]
    public async Task The_runs_CSV_and_XLSX_carry_a_provenance_column()
    {
        var (service, id, scope) = await ClusterTemplateAsync();
        await using var _ = scope;
        var (run, _) = await service.CreateRunAsync(new RunRequest(id, 2017, 50, 3), Tester, default);
        var csv = RunExport.InputFiles(run!)["data.csv"].Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("unit,indicator,value,provenance", csv[0]);
        Assert.Contains(csv, l => l.Contains(",cluster_output,", StringComparison.Ordinal) && l.EndsWith(",sample", StringComparison.Ordinal));
        Assert.Contains(csv, l => l.Contains(",eco_industrial_status,", StringComparison.Ordinal) && l.EndsWith(",real", StringComparison.Ordinal));

        // The CSV reads back with its provenance, so the command line marks the same figures.
        var path = Path.Combine(Path.GetTempPath(), $"run-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(path, RunExport.InputFiles(run!)["data.csv"]);
        var dataset = EvaluationDataReader.Read(path);
        File.Delete(path);
        Assert.Equal(RunSnapshot.From(run!.DataJson, run.InputsJson).Values.Count(v => v.Sample == true), dataset.Sample!.Count);

        using var stream = new MemoryStream();
        await RunExport.WriteXlsxAsync(run, new Dictionary<string, string>(), stream);
        var rows = stream.Query(useHeaderRow: true, sheetName: "results").Cast<IDictionary<string, object>>().ToList();
        var stored = RunResults.FromJson(run.ResultsJson).Units;
        Assert.Equal(stored.Select(u => u.Provenance), rows.Select(r => r["provenance"]?.ToString()));
        var data = stream.Query(useHeaderRow: true, sheetName: "data").Cast<IDictionary<string, object>>().ToList();
        Assert.Contains(data, r => (string)r["indicator"] == "cluster_output" && (string)r["provenance"] == "sample");
        var about = stream.Query(useHeaderRow: true, sheetName: "about").Cast<IDictionary<string, object>>().ToList();
        Assert.Contains(about, r => (string)r["item"] == "provenance_note" && ((string)r["value"]).StartsWith("Based on ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Most_improved_rule_says_place_or_places_as_the_number_needs()
    {
        Assert.Contains("(at least 1 place)", RunResults.Describe(new AwardRule.MostImproved("m", "M", 3, 1)), StringComparison.Ordinal);
        Assert.Contains("(at least 2 places)", RunResults.Describe(new AwardRule.MostImproved("m", "M", 3, 2)), StringComparison.Ordinal);
        Assert.Contains("the 1 unit whose", RunResults.Describe(new AwardRule.MostImproved("m", "M", 1, 2)), StringComparison.Ordinal);
        Assert.Contains("至少上升 1 位", RunResults.DescribeZh(new AwardRule.MostImproved("m", "M", 3, 1)), StringComparison.Ordinal);
        var (service, id, scope) = await ClusterTemplateAsync();
        await using var _ = scope;
        var (run, _) = await service.CreateRunAsync(new RunRequest(id, 2017, 0, 1), Tester, default);
        var award = RunResults.FromJson(run!.ResultsJson).Awards.Single(a => a.Code == "most-improved");
        Assert.DoesNotContain("1 places", award.Rule, StringComparison.Ordinal);
        Assert.NotNull(award.RuleZh);
    }
}

public sealed class SqliteEvaluationTrustTests(SqliteDatabase database) : EvaluationTrustTests(database), IClassFixture<SqliteDatabase>;

public sealed class PostgresEvaluationTrustTests(PostgresDatabase database) : EvaluationTrustTests(database), IClassFixture<PostgresDatabase>;
