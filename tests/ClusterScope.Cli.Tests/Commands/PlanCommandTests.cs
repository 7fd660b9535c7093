using System.Text.Json;

namespace ClusterScope.Cli.Tests.Commands;

public sealed class PlanCommandTests(LoadedCliDatabase database) : IClassFixture<LoadedCliDatabase>
{
    [Fact]
    public async Task Plan_list_as_csv_starts_with_the_plan_code()
    {
        var run = await CliRun.RunAsync("plan", "list", "--format", "csv", "--connection", database.Connection);
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("code,", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("jilin-clusters-2013,", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("jilin-innovation-2024,", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plan_status_for_2017_has_one_row_per_target()
    {
        var run = await CliRun.RunAsync("plan", "status", "jilin-clusters-2013", "--period", "2017", "--format", "json", "--connection", database.Connection);
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var rows = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(22, rows.Count);
        var total = rows.Single(r => r.GetProperty("target").GetString() == "clusters-total");
        Assert.Equal(162, total.GetProperty("target_value").GetDouble());
        Assert.Equal(162 - total.GetProperty("current").GetDouble(), total.GetProperty("gap").GetDouble());
        var share = rows.Single(r => r.GetProperty("target").GetString() == "output-share");
        Assert.Equal("no data", share.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, share.GetProperty("current").ValueKind);
    }

    [Fact]
    public async Task Plan_status_as_a_table_says_the_year_and_the_rule()
    {
        var run = await CliRun.RunAsync("plan", "status", "jilin-innovation-2024", "--connection", database.Connection);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("evaluated for 2024", run.Output, StringComparison.Ordinal);
        Assert.Contains("rd-subsidy-enterprises", run.Output, StringComparison.Ordinal);
        Assert.Contains("no data", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plan_status_opens_on_the_passed_deadline_and_latest_is_the_latest_complete_year()
    {
        var byDefault = await CliRun.RunAsync("plan", "status", "jilin-clusters-2013", "--connection", database.Connection);
        Assert.Equal(0, byDefault.ExitCode);
        Assert.Contains("evaluated for 2017 (latest complete year: 2024;", byDefault.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("off track", byDefault.Output, StringComparison.Ordinal);
        var latest = await CliRun.RunAsync("plan", "status", "jilin-clusters-2013", "--period", "latest", "--connection", database.Connection);
        Assert.Contains("evaluated for 2024 (latest complete year: 2024;", latest.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plan_check_names_the_160_against_162_and_the_implied_output()
    {
        var run = await CliRun.RunAsync("plan", "check", "jilin-clusters-2013", "--connection", database.Connection);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("The 13 category targets add up to 160 clusters, not the 162 of 'clusters-total'", run.Output, StringComparison.Ordinal);
        Assert.Contains("implies a gross_industrial_output of 48,022.6 100m CNY in 2017", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("status", "no-such-plan", "there is no plan 'no-such-plan'")]
    [InlineData("check", "no-such-plan", "there is no plan 'no-such-plan'")]
    public async Task An_unknown_plan_is_a_plain_error(string verb, string code, string expected)
    {
        var run = await CliRun.RunAsync("plan", verb, code, "--connection", database.Connection);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_period_names_the_option()
    {
        var run = await CliRun.RunAsync("plan", "status", "jilin-clusters-2013", "--period", "twenty", "--connection", database.Connection);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--period must be a year", run.Error, StringComparison.Ordinal);
    }
}
