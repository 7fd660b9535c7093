using System.Text.Json;

namespace ClusterScope.Cli.Tests.Commands;

public sealed class LibraryCommandTests(LoadedCliDatabase database) : IClassFixture<LoadedCliDatabase>
{
    [Fact]
    public async Task A_chinese_search_lists_the_cluster_project_as_csv_with_the_documented_columns()
    {
        var run = await CliRun.RunAsync("library", "search", "产业集群", "--format", "csv", "--connection", database.Connection);
        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("id,date,title_zh,title_en,issuer,score", lines[0].TrimEnd('\r'));
        Assert.Contains(lines.Skip(1), l => l.StartsWith("jl-2013-clusters,2013-05-28,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_english_phrase_search_with_a_filter_as_json()
    {
        var run = await CliRun.RunAsync("library", "search", "\"old industrial bases\"", "--level", "national", "--format", "json", "--connection", database.Connection);
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var hit = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal("sc-2009-33", hit.GetProperty("id").GetString());
        Assert.True(hit.GetProperty("score").GetDouble() > 0);
        var none = await CliRun.RunAsync("library", "search", "\"old industrial bases\"", "--level", "provincial", "--connection", database.Connection);
        Assert.Equal(0, none.ExitCode);
        Assert.Contains("no document matches", none.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_search_input_is_an_error_naming_it()
    {
        var quote = await CliRun.RunAsync("library", "search", "\"unclosed", "--connection", database.Connection);
        Assert.Equal(2, quote.ExitCode);
        Assert.Contains("unclosed quote", quote.Error, StringComparison.Ordinal);
        var date = await CliRun.RunAsync("library", "search", "集群", "--from", "2013/01/01", "--connection", database.Connection);
        Assert.Equal(2, date.ExitCode);
        Assert.Contains("--from must be a date yyyy-MM-dd; got '2013/01/01'", date.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_then_search_and_a_bad_file_is_refused_naming_the_row()
    {
        var folder = Directory.CreateTempSubdirectory("cs-cli-library-").FullName;
        try
        {
            const string Header = "id,title_en,title_zh,issuer_en,issuer_zh,level,type,date_issued,summary_en,summary_zh\n";
            var bad = Path.Combine(folder, "bad.csv");
            await File.WriteAllTextAsync(bad, Header + "cli-1,Hydrogen measures,氢能措施,Bureau,局,provincial,measure,2025-02-30,S,氢能汽车。\n");
            var refused = await CliRun.RunAsync("library", "import", bad, "--connection", database.Connection);
            Assert.Equal(2, refused.ExitCode);
            Assert.Contains("bad.csv, row 2, column 'date_issued'", refused.Error, StringComparison.Ordinal);

            var good = Path.Combine(folder, "good.csv");
            await File.WriteAllTextAsync(good, Header + "cli-1,Hydrogen measures,氢能措施,Bureau,局,provincial,measure,2025-02-28,S,氢能汽车。\n");
            var imported = await CliRun.RunAsync("library", "import", good, "--connection", database.Connection);
            Assert.Equal(0, imported.ExitCode);
            Assert.Contains("1 document(s) added, 0 updated", imported.Output, StringComparison.Ordinal);
            var found = await CliRun.RunAsync("library", "search", "氢能", "--format", "csv", "--connection", database.Connection);
            Assert.Contains("cli-1,2025-02-28,氢能措施", found.Output, StringComparison.Ordinal);
            var reindex = await CliRun.RunAsync("library", "reindex", "--connection", database.Connection);
            Assert.Equal(0, reindex.ExitCode);
            Assert.Contains("8 document(s)", reindex.Output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
