using System.Globalization;
using CsvHelper;

namespace ClusterScope.Cli.Tests.Commands;

/// <summary><c>clusterscope chains map|gaps</c> and <c>clusterscope import candidates</c> on the loaded Jilin data set.</summary>
public sealed class ChainMapCommandTests(LoadedCliDatabase database) : IClassFixture<LoadedCliDatabase>
{
    [Fact]
    public async Task Map_lists_every_segment_of_changchun_with_a_status_and_shares_that_sum_to_one_hundred()
    {
        var run = await CliRun.RunAsync("chains", "map", "auto", "--place", "220100", "--format", "csv", "--connection", database.Connection);
        Assert.Equal(0, run.ExitCode);
        var rows = Rows(run.Output);
        Assert.Equal(13, rows.Count);
        Assert.Equal("materials", rows[0]["segment"]);
        Assert.All(rows, r => Assert.Contains(r["status"], new[] { "strong", "weak", "missing" }));
        Assert.Equal(100, rows.Sum(r => double.Parse(r["share_pct"], CultureInfo.InvariantCulture)), 0);
        Assert.Contains("Changchun", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Gaps_are_ranked_with_their_score_parts_and_bad_names_are_refused()
    {
        var run = await CliRun.RunAsync("chains", "gaps", "auto", "--place", "220100", "--format", "json", "--connection", database.Connection);
        Assert.Equal(0, run.ExitCode);
        var gaps = System.Text.Json.JsonDocument.Parse(run.Output).RootElement.EnumerateArray().ToList();
        Assert.NotEmpty(gaps);
        Assert.Equal(Enumerable.Range(1, gaps.Count), gaps.Select(g => g.GetProperty("rank").GetInt32()));
        Assert.All(gaps, g => Assert.InRange(g.GetProperty("score").GetDouble(), 0, 1));
        Assert.All(gaps, g => Assert.NotEqual("strong", g.GetProperty("status").GetString()));

        var place = await CliRun.RunAsync("chains", "gaps", "auto", "--place", "999999", "--connection", database.Connection);
        Assert.Equal(2, place.ExitCode);
        Assert.Contains("--place '999999' is not a cluster, zone, prefecture or province code", place.Error, StringComparison.Ordinal);
        var chain = await CliRun.RunAsync("chains", "map", "cars", "--place", "220100", "--connection", database.Connection);
        Assert.Contains("no chain 'cars'. Known: agro-processing, auto, ", chain.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_candidates_adds_a_valid_list_and_names_the_row_and_column_of_a_bad_one()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var good = Path.Combine(Path.GetTempPath(), $"cand-{tag}.csv");
        var bad = Path.Combine(Path.GetTempPath(), $"cand-bad-{tag}.csv");
        const string Header = "code,name_zh,name_en,credit_code,industry_code,origin,size,notes,provenance,source\n";
        await File.WriteAllTextAsync(good, Header + $"CLI-{tag},苏州某电池有限公司,Suzhou battery,,3841,江苏省苏州市,Large,主营动力电池,Real,officer list\n");
        await File.WriteAllTextAsync(bad, Header + $"CLI-{tag}-b,某公司,,,12345,,Huge,,Real,\n");
        try
        {
            var refused = await CliRun.RunAsync("import", "candidates", bad, "--connection", database.Connection);
            Assert.NotEqual(0, refused.ExitCode);
            Assert.Contains("industry_code", refused.Output + refused.Error, StringComparison.Ordinal);
            Assert.Contains("size", refused.Output + refused.Error, StringComparison.Ordinal);

            var run = await CliRun.RunAsync("import", "candidates", good, "--connection", database.Connection);
            Assert.Equal(0, run.ExitCode);
            Assert.Contains("1 added", run.Output, StringComparison.Ordinal);
            var ranked = await CliRun.RunAsync("chains", "gaps", "auto", "--place", "220100", "--format", "csv", "--connection", database.Connection);
            Assert.Equal(0, ranked.ExitCode);
        }
        finally
        {
            File.Delete(good);
            File.Delete(bad);
        }
    }

    private static List<Dictionary<string, string>> Rows(string csvText)
    {
        using var reader = new StringReader(csvText);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        return [.. csv.GetRecords<dynamic>().Select(r => ((IDictionary<string, object>)r).ToDictionary(p => p.Key, p => (string)p.Value))];
    }
}
