using ClusterScope.Data.Evaluation;

namespace ClusterScope.Data.Tests.Evaluation;

/// <summary>A run's CSV files are safe to open in a spreadsheet and still read back as the same data.</summary>
public sealed class RunSnapshotCsvTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("cs-snapshot-").FullName;

    private static readonly RunSnapshot Snapshot = new(
        [new("=HYPERLINK(\"http://evil.example\")", "-growth", -2.5), new("'=kept", "@share", 0.125), new("Z1", "-growth", -1.25E-05)],
        new Dictionary<string, string>(StringComparer.Ordinal) { ["=HYPERLINK(\"http://evil.example\")"] = "+East", ["Z1"] = "'plain" },
        new Dictionary<string, double>(StringComparer.Ordinal) { ["Z1"] = -0.0, ["'=kept"] = double.NaN });

    [Fact]
    public void Text_cells_are_neutralised_and_values_are_written_plainly()
    {
        var lines = Snapshot.DataCsv().Split('\n');

        Assert.Equal("\"'=HYPERLINK(\"\"http://evil.example\"\")\",'-growth,-2.5", lines[1]);
        Assert.Equal("''=kept,'@share,0.125", lines[2]);
        Assert.Equal("Z1,'-growth,-1.25E-05", lines[3]);
        Assert.Contains("Z1,'plain", Snapshot.GroupsCsv(), StringComparison.Ordinal);
        Assert.Contains(",'+East", Snapshot.GroupsCsv(), StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_reads_back_exactly_the_values_groups_and_ranks_of_the_snapshot()
    {
        var data = EvaluationDataReader.Read(Write("data.csv", Snapshot.DataCsv()));
        var groups = EvaluationDataReader.ReadGroups(Write("groups.csv", Snapshot.GroupsCsv()!));
        var ranks = EvaluationDataReader.ReadRanks(Write("previous.csv", Snapshot.PreviousCsv()!));

        var expected = Snapshot.ToDataset();
        Assert.Equal(expected.Units, data.Units);
        Assert.Equal(expected.Indicators, data.Indicators);
        Assert.Equal(expected.Values.OrderBy(v => v.Key.ToString()), data.Values.OrderBy(v => v.Key.ToString()));
        Assert.Equal(Snapshot.Groups!.OrderBy(g => g.Key, StringComparer.Ordinal), groups.OrderBy(g => g.Key, StringComparer.Ordinal));
        Assert.Equal(Snapshot.PreviousRanks!.Keys.Order(StringComparer.Ordinal), ranks.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_apostrophe_the_export_did_not_add_is_read_as_written()
    {
        var data = EvaluationDataReader.Read(Write("mine.csv", "unit,indicator,value\n'Z9,'ind,-3\n"));

        Assert.Equal(["'Z9"], data.Units);
        Assert.Equal(-3, data.Values[("'Z9", "'ind", null)]);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
