using System.Globalization;

namespace ClusterScope.Cli.Tests.Commands;

/// <summary>talent match on plain CSV files: the shipped sample, given scores and capacities, pins and bans, bad input.</summary>
public sealed class TalentCommandTests : IDisposable
{
    private static readonly string Talent = Path.Combine(AppContext.BaseDirectory, "data", "jilin", "talent");
    private readonly ScratchFolder _folder = new("cs-talent-");

    private string Write(string name, string text) => _folder.Write(name, text);

    private static List<string[]> Csv(string text) => ScratchFolder.Csv(text);

    private static Task<CliRun> Sample(params string[] extra) =>
        CliRun.RunAsync(["talent", "match", "--researchers", Path.Combine(Talent, "researchers.csv"), "--needs", Path.Combine(Talent, "needs.csv"), .. extra]);

    [Fact]
    public async Task Optimal_on_the_sample_serves_each_need_once_within_capacities_and_beats_stable()
    {
        var optimal = await Sample();
        var stable = await Sample("--method", "stable");
        Assert.Equal(0, optimal.ExitCode);
        Assert.Equal(0, stable.ExitCode);
        var capacity = Csv(File.ReadAllText(Path.Combine(Talent, "researchers.csv"))).Skip(1).ToDictionary(r => r[0], r => int.Parse(r[8], CultureInfo.InvariantCulture));
        double Total(CliRun run)
        {
            var rows = Csv(run.Output);
            Assert.Equal(["researcher", "need", "score", "field", "distance", "distance_km", "priority", "pinned"], rows[0]);
            var pairs = rows.Skip(1).ToList();
            Assert.Equal(pairs.Count, pairs.Select(p => p[1]).Distinct().Count());
            Assert.All(pairs.GroupBy(p => p[0]), g => Assert.True(g.Count() <= capacity[g.Key]));
            return pairs.Sum(p => double.Parse(p[2], CultureInfo.InvariantCulture));
        }

        Assert.True(Total(optimal) >= Total(stable) - 1e-9);
        Assert.Equal(optimal.Output, (await Sample()).Output);
    }

    [Fact]
    public async Task Scores_with_capacities_write_researcher_need_score()
    {
        // a (capacity 2): x 0.9, y 0.8; b (default 1): x 0.7. With a at 2: a-x + a-y = 1.7 beats a-y + b-x = 1.5; with a at 1: a-y + b-x = 1.5 beats a-x = 0.9
        var scores = Write("s.csv", "researcher,need,score\na,x,0.9\na,y,0.8\nb,x,0.7\n");
        var capacities = Write("c.csv", "researcher,capacity\na,2\n");
        var run = await CliRun.RunAsync("talent", "match", "--scores", scores, "--capacities", capacities);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal([["researcher", "need", "score"], ["a", "x", "0.9"], ["a", "y", "0.8"]], Csv(run.Output));
        var single = await CliRun.RunAsync("talent", "match", "--scores", scores);
        Assert.Equal([["researcher", "need", "score"], ["a", "y", "0.8"], ["b", "x", "0.7"]], Csv(single.Output));
    }

    [Fact]
    public async Task Pins_and_bans_are_respected_and_the_output_file_is_written_whole()
    {
        var scores = Write("s.csv", "researcher,need,score\na,x,0.9\na,y,0.8\nb,x,0.7\nb,y,0.1\n");
        var output = Path.Combine(_folder.Path, "out.csv");
        var run = await CliRun.RunAsync("talent", "match", "--scores", scores, "--pin", "b:y", "--forbid", "a:x", "--output", output);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("1 pairs", run.Output, StringComparison.Ordinal);
        Assert.Equal([["researcher", "need", "score"], ["b", "y", "0.1"]], Csv(File.ReadAllText(output)));
    }

    [Fact]
    public async Task Bad_csv_names_file_row_and_field_and_writes_nothing()
    {
        var output = Path.Combine(_folder.Path, "out.csv");
        var badScore = await CliRun.RunAsync("talent", "match", "--scores", Write("bad.csv", "researcher,need,score\na,x,0.5\nb,y,high\n"), "--output", output);
        Assert.Equal(2, badScore.ExitCode);
        Assert.Contains("bad.csv, row 3, field 'score': 'high' is not a number", badScore.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
        var twice = await CliRun.RunAsync("talent", "match", "--scores", Write("twice.csv", "researcher,need,score\na,x,0.5\na,x,0.6\n"));
        Assert.Contains("twice.csv, row 3: researcher 'a', need 'x' already appears in row 2", twice.Error, StringComparison.Ordinal);
        var capacity = await CliRun.RunAsync("talent", "match", "--scores", Write("s.csv", "researcher,need,score\na,x,1\n"), "--capacities", Write("c.csv", "researcher,capacity\na,-1\n"));
        Assert.Contains("c.csv, row 2, field 'capacity': '-1' is not a whole number of 0 or more", capacity.Error, StringComparison.Ordinal);
        var needs = await CliRun.RunAsync("talent", "match", "--researchers", Path.Combine(Talent, "researchers.csv"),
            "--needs", Write("n.csv", "need,enterprise,field_codes,zone,zone_city,city_longitude,city_latitude,cluster_priority\nN1,E1,460,Z1,220100,125.3,43.9,1.5\n"));
        Assert.Contains("n.csv, row 2, field 'cluster_priority': 1.5 is outside [0, 1]", needs.Error, StringComparison.Ordinal);
        var columns = await CliRun.RunAsync("talent", "match", "--researchers", Write("r.csv", "researcher,capacity\nR1,1\n"), "--needs", Path.Combine(Talent, "needs.csv"));
        Assert.Contains("r.csv: missing column(s) field_codes, home_city, home_longitude, home_latitude", columns.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inconsistent_options_are_refused()
    {
        var scores = Write("s.csv", "researcher,need,score\na,x,1\n");
        Assert.Contains("--scores replaces --researchers and --needs", (await CliRun.RunAsync("talent", "match", "--scores", scores, "--needs", scores)).Error, StringComparison.Ordinal);
        Assert.Contains("Give --researchers and --needs, or --scores", (await CliRun.RunAsync("talent", "match")).Error, StringComparison.Ordinal);
        Assert.Contains("--pin 'a-x': write the pair as RESEARCHER:NEED", (await CliRun.RunAsync("talent", "match", "--scores", scores, "--pin", "a-x")).Error, StringComparison.Ordinal);
        Assert.Contains("pinned pair a:z: no need 'z'", (await CliRun.RunAsync("talent", "match", "--scores", scores, "--pin", "a:z")).Error, StringComparison.Ordinal);
        Assert.Equal(1, (await CliRun.RunAsync("talent", "match", "--scores", scores, "--method", "greedy")).ExitCode);
    }

    public void Dispose() => _folder.Dispose();
}
