using System.Text.Json;

namespace ClusterScope.Cli.Tests.Commands;

public sealed class CommandsTests(LoadedCliDatabase database) : IClassFixture<LoadedCliDatabase>
{
    [Fact]
    public void Data_load_reports_progress_and_what_it_added()
    {
        Assert.Equal(0, database.Load.ExitCode);
        Assert.Contains("Loading jilin: observations", database.Load.Output, StringComparison.Ordinal);
        Assert.Contains("62 zones", database.Load.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Loading_again_adds_nothing()
    {
        var again = await CliRun.RunAsync("data", "load", "jilin", "--connection", database.Connection);
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("(already loaded)", again.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Zones_list_as_csv_has_a_header_and_62_rows()
    {
        var run = await CliRun.RunAsync("zones", "list", "--format", "csv", "--connection", database.Connection);
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("code,name_zh,name_en,prefecture", lines[0], StringComparison.Ordinal);
        Assert.Equal(63, lines.Length);
    }

    [Fact]
    public async Task Zones_list_filters_and_prints_json()
    {
        var run = await CliRun.RunAsync("zones", "list", "--prefecture", "222400", "--level", "National", "-f", "json", "--connection", database.Connection);
        using var json = JsonDocument.Parse(run.Output);
        Assert.NotEqual(0, json.RootElement.GetArrayLength());
        Assert.All(json.RootElement.EnumerateArray(), z =>
        {
            Assert.Equal("222400", z.GetProperty("prefecture").GetString());
            Assert.Equal("National", z.GetProperty("level").GetString());
        });
    }

    [Fact]
    public async Task Clusters_list_shows_a_table_of_one_tier_in_2017()
    {
        var run = await CliRun.RunAsync("clusters", "list", "--tier", "Over10Bn", "--year", "2017", "--sort", "output", "--desc", "--connection", database.Connection);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Over10Bn", run.Output, StringComparison.Ordinal);
        Assert.Matches(@"\n\d+ rows", run.Output);
    }

    [Fact]
    public async Task Export_writes_the_observations_file_with_the_importer_columns()
    {
        var file = Path.Combine(Path.GetTempPath(), $"cs-obs-{Guid.NewGuid():N}.csv");
        try
        {
            var run = await CliRun.RunAsync("data", "export", "observations", "--output", file, "--connection", database.Connection);
            Assert.Equal(0, run.ExitCode);
            Assert.Equal("entity_kind,entity_code,indicator_code,period,value,status,provenance,source", File.ReadLines(file).First());
            Assert.False(File.Exists(file + ".partial"));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task An_unknown_data_set_is_a_plain_error_naming_where_it_looked()
    {
        var run = await CliRun.RunAsync("data", "load", "atlantis", "--connection", database.Connection);
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: No data set 'atlantis'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_export_kind_and_format_are_refused_by_name()
    {
        var kind = await CliRun.RunAsync("data", "export", "planets", "--connection", database.Connection);
        Assert.Equal(1, kind.ExitCode);
        Assert.Contains("planets", kind.Error, StringComparison.Ordinal);
        var format = await CliRun.RunAsync("zones", "list", "--format", "xml", "--connection", database.Connection);
        Assert.Equal(1, format.ExitCode);
        Assert.Contains("xml", format.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Listing_an_empty_database_says_how_to_set_it_up()
    {
        var file = Path.Combine(Path.GetTempPath(), $"cs-empty-{Guid.NewGuid():N}.db");
        try
        {
            var run = await CliRun.RunAsync("zones", "list", "--connection", $"Data Source={file};Pooling=False");
            Assert.Equal(2, run.ExitCode);
            Assert.Contains("clusterscope data load jilin", run.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task A_bad_provider_is_named()
    {
        var run = await CliRun.RunAsync("zones", "list", "--provider", "oracle", "--connection", database.Connection);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("'oracle'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_command_has_help()
    {
        foreach (var command in new[] { new[] { "--help" }, ["serve", "--help"], ["db", "migrate", "--help"], ["data", "load", "--help"], ["data", "export", "--help"], ["zones", "list", "--help"], ["clusters", "list", "--help"] })
        {
            var run = await CliRun.RunAsync(command);
            Assert.Equal(0, run.ExitCode);
            Assert.Contains("Usage:", run.Output, StringComparison.Ordinal);
        }
    }
}
