using System.Globalization;
using System.Text.Json;
using CsvHelper;

namespace ClusterScope.Cli.Tests.Commands;

/// <summary>The evaluate command end to end: hand-checked frameworks, COINr's reference case 07, reproducibility.</summary>
public sealed partial class EvaluateCommandTests : IDisposable
{
    private static readonly string Root = RepositoryRoot();
    private static readonly string Case07 = Path.Combine(Root, "tests", "ClusterScope.Analytics.Tests", "Reference", "07_composite_coinr");
    private static readonly string PipelineA = Path.Combine(Root, "tests", "ClusterScope.Cli.Tests", "Commands", "Frameworks", "coinr-case07-pipeline-a.json");
    private static readonly string[] Case07Indicators =
        ["cl_output", "cl_growth", "lead_ent", "rd_int", "incub", "hightech_sh", "energy_int", "land_out", "pollut"];

    private readonly string _folder = Directory.CreateTempSubdirectory("cs-evaluate-").FullName;

    // Three units, hand-checkable: x (+, weight 3) and y (-, weight 1) feed D1, z feeds D2, D1 and D2 weigh the same.
    // min-max: x 10/20/30 -> 0/50/100; -y -1/-3/-2 -> 100/0/50; z 5/5/0 -> 100/100/0.
    // D1 = (3 x + y) / 4 = 25 / 37.5 / 87.5; INDEX = (D1 + z) / 2 = 62.5 / 68.75 / 43.75, so B, A, C.
    private const string SmallData = """
        unit,indicator,value
        A,x,10
        A,y,1
        A,z,5
        B,x,20
        B,y,3
        B,z,5
        C,x,30
        C,y,2
        C,z,0
        """;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ClusterScope.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("ClusterScope.slnx not found above " + AppContext.BaseDirectory);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>The small framework with <paramref name="extra"/> properties added at the top level.</summary>
    private static string SmallFramework(string extra = "", string method = """{ "imputation": "none", "outliers": "none" }""") => $$"""
        {
          "format": "clusterscope-framework",
          "formatVersion": 1,
          "code": "small",
          "version": "1",
          "name": "Hand-checked",
          "index": { "code": "INDEX", "name": "Index" },
          "dimensions": [ { "code": "D1", "name": "One" }, { "code": "D2", "name": "Two" } ],
          "indicators": [
            { "code": "x", "name": "x", "dimension": "D1", "direction": "+", "weight": 3 },
            { "code": "y", "name": "y", "dimension": "D1", "direction": "-", "weight": 1 },
            { "code": "z", "name": "z", "dimension": "D2", "direction": "+" }
          ],
          "method": {{method}}{{extra}}
        }
        """;

    /// <summary>Case 07's iData.csv in long format, unit,indicator,value (missing values as empty fields).</summary>
    private string Case07Data()
    {
        var lines = File.ReadAllLines(Path.Combine(Case07, "inputs", "iData.csv"));
        var header = lines[0].Split(',');
        var rows = new List<string> { "unit,indicator,value" };
        foreach (var fields in lines.Skip(1).Select(l => l.Split(',')))
        {
            rows.AddRange(Case07Indicators.Select(code => $"{fields[0]},{code},{fields[Array.IndexOf(header, code)]}"));
        }

        return Write("case07.csv", string.Join('\n', rows));
    }

    private static List<Dictionary<string, string>> Table(string text)
    {
        using var csv = new CsvReader(new StringReader(text), CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        var header = csv.HeaderRecord!;
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read())
        {
            rows.Add(header.Select((h, i) => (h, v: csv.GetField(i) ?? string.Empty)).ToDictionary(p => p.h, p => p.v));
        }

        return rows;
    }

    private static double Number(string text) => text == "NA" ? double.NaN : double.Parse(text, CultureInfo.InvariantCulture);

    private static void Close(double expected, double actual, string what) =>
        Assert.True(Math.Abs(expected - actual) <= 1e-12 + (1e-9 * Math.Abs(expected)), $"{what}: expected {expected:R}, got {actual:R}");

    [Fact]
    public async Task Evaluating_the_small_framework_gives_the_hand_checked_scores_and_ranks()
    {
        var run = await CliRun.RunAsync("evaluate", "--framework", Write("small.json", SmallFramework()), "--data", Write("small.csv", SmallData), "--mc", "0");
        Assert.True(run.ExitCode == 0, run.Error);
        var rows = Table(run.Output);
        Assert.Equal("unit,score,rank,rank_median,rank_p05,rank_p95,D1,D2,awards,excluded_reason,excluded_reason_zh", run.Output.Split('\n')[0].TrimEnd('\r'));
        var expected = new Dictionary<string, (double Score, double Rank, double D1, double D2)>
        {
            ["A"] = (62.5, 2, 25, 100),
            ["B"] = (68.75, 1, 37.5, 100),
            ["C"] = (43.75, 3, 87.5, 0),
        };
        foreach (var row in rows)
        {
            var e = expected[row["unit"]];
            Close(e.Score, Number(row["score"]), row["unit"]);
            Assert.Equal(e.Rank, Number(row["rank"]));
            Close(e.D1, Number(row["D1"]), row["unit"] + " D1");
            Close(e.D2, Number(row["D2"]), row["unit"] + " D2");
            Assert.Equal("NA", row["rank_median"]);
        }

        Assert.Contains("no rank intervals", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluating_case_07_with_pipeline_A_matches_COINr_get_results()
    {
        var run = await CliRun.RunAsync("evaluate", "--framework", PipelineA, "--data", Case07Data(), "--mc", "200", "--seed", "5");
        Assert.True(run.ExitCode == 0, run.Error);
        var actual = Table(run.Output).ToDictionary(r => r["unit"]);
        var expected = Table(File.ReadAllText(Path.Combine(Case07, "expected", "A_results_full.csv")));
        Assert.Equal(20, expected.Count);
        foreach (var row in expected)
        {
            var unit = row["uCode"];
            Assert.Equal(Number(row["Rank"]), Number(actual[unit]["rank"]));
            Close(Number(row["INDEX"]), Number(actual[unit]["score"]), $"{unit} INDEX");
            foreach (var dimension in new[] { "INDU", "INNO", "GREEN" })
            {
                Close(Number(row[dimension]), Number(actual[unit][dimension]), $"{unit} {dimension}");
            }
        }
    }

    [Fact]
    public async Task Evaluating_twice_with_the_same_seed_gives_identical_output()
    {
        var data = Case07Data();
        string[] args = ["evaluate", "--framework", PipelineA, "--data", data, "--mc", "1000", "--seed", "42"];
        var first = await CliRun.RunAsync(args);
        var second = await CliRun.RunAsync(args);
        Assert.Equal(0, first.ExitCode);
        Assert.Equal(first.Output, second.Output);
    }

    [Fact]
    public async Task Rank_intervals_contain_the_median_and_come_from_the_Monte_Carlo()
    {
        var run = await CliRun.RunAsync("evaluate", "--framework", PipelineA, "--data", Case07Data(), "--mc", "2000", "--seed", "1");
        var rows = Table(run.Output);
        foreach (var row in rows)
        {
            var (p05, median, p95) = (Number(row["rank_p05"]), Number(row["rank_median"]), Number(row["rank_p95"]));
            Assert.True(p05 <= median && median <= p95 && p05 >= 1 && p95 <= 20, $"{row["unit"]}: {p05} {median} {p95}");
        }

        // +-25 % weights move some ranks of 20 close zones: the intervals are not all a single rank.
        Assert.Contains(rows, r => Number(r["rank_p95"]) > Number(r["rank_p05"]));
    }

    [Fact]
    public async Task Json_output_carries_the_run_description_and_one_object_per_unit()
    {
        var run = await CliRun.RunAsync("evaluate", "--framework", PipelineA, "--data", Case07Data(), "--mc", "100", "--seed", "9", "--format", "json");
        Assert.True(run.ExitCode == 0, run.Error);
        using var json = JsonDocument.Parse(run.Output);
        var about = json.RootElement.GetProperty("about");
        Assert.Equal("coinr-case07-pipeline-a", about.GetProperty("framework").GetString());
        Assert.Equal(9, about.GetProperty("seed").GetInt32());
        var dz06 = json.RootElement.GetProperty("units").EnumerateArray().Single(u => u.GetProperty("unit").GetString() == "DZ06");
        Assert.Equal(1, dz06.GetProperty("rank").GetDouble());
        Close(88.862998767664408, dz06.GetProperty("score").GetDouble(), "DZ06");
    }

    [Fact]
    public async Task Output_to_a_file_is_written_whole_and_summarised()
    {
        var target = Path.Combine(_folder, "results.csv");
        var run = await CliRun.RunAsync("evaluate", "--framework", PipelineA, "--data", Case07Data(), "--mc", "50", "-o", target);
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("20 of 20 units ranked", run.Output, StringComparison.Ordinal);
        Assert.Equal(21, File.ReadAllLines(target).Length);
        Assert.False(File.Exists(target + ".partial"));
    }

    [Fact]
    public async Task Evaluating_the_cluster_template_on_the_documented_sample_ranks_the_zones_it_admits()
    {
        var examples = Path.Combine(Root, "docs", "evaluation", "examples");
        var run = await CliRun.RunAsync("evaluate", "--framework", Path.Combine(Root, "data", "jilin", "frameworks", "cluster-development.json"),
            "--data", Path.Combine(examples, "cluster-development-sample.csv"), "--groups", Path.Combine(examples, "zone-levels.csv"), "--mc", "500", "--seed", "1");
        Assert.True(run.ExitCode == 0, run.Error);
        var rows = Table(run.Output);
        Assert.Equal(10, rows.Count);
        Assert.Equal(9, rows.Count(r => r["rank"] != "NA"));
        Assert.StartsWith("Incubators and private-enterprise pioneer parks: none recorded", rows.Single(r => r["rank"] == "NA")["excluded_reason"], StringComparison.Ordinal);
        Assert.Equal(["1", "2", "3", "4", "5"], rows.Where(r => r["group"] == "provincial").Select(r => r["group_rank"]).Order());
        Assert.Contains("note: Indicator 'rd_intensity' has no value in the data", run.Error, StringComparison.Ordinal);
        Assert.Contains("dimension 'PRIVATE', which has no other indicator with data", run.Error, StringComparison.Ordinal);
    }
}
