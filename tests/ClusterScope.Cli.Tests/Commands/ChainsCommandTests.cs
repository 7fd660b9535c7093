namespace ClusterScope.Cli.Tests.Commands;

/// <summary><c>clusterscope chains list|segments</c> on the shipped templates.</summary>
public sealed class ChainsCommandTests
{
    [Fact]
    public async Task The_five_shipped_chains_are_listed_with_their_segment_counts()
    {
        var run = await CliRun.RunAsync("chains", "list", "--format", "csv");
        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        Assert.Equal("code,version,name_zh,name_en,categories,segments,links", lines[0]);
        Assert.Equal(["agro-processing", "auto", "equipment", "medicine-health", "petrochemical"], lines.Skip(1).Select(l => l.Split(',')[0]));
        Assert.StartsWith("auto,1,汽车产业链（含新能源汽车）,", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_chains_segments_run_upstream_to_downstream_and_an_unknown_chain_names_the_known_ones()
    {
        var run = await CliRun.RunAsync("chains", "segments", "auto", "--format", "csv");
        Assert.Equal(0, run.ExitCode);
        var rows = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Equal("upstream", rows[0][1]);
        Assert.Equal("downstream", rows[^1][1]);
        Assert.Contains(rows, r => r[0] == "batteries" && r[4].Split(';').Contains("3841") && r[5].TrimEnd('\r').Split(';').Contains("complete-vehicles"));
        var unknown = await CliRun.RunAsync("chains", "segments", "cars");
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("no chain 'cars'. Known: agro-processing, auto,", unknown.Error, StringComparison.Ordinal);
    }
}
