using System.Globalization;
using System.Text.Json;

namespace ClusterScope.Cli.Tests.Commands;

/// <summary>clusterscope io on the shipped NBS tables and on a user table: listings, multipliers, impacts, calc and bad input.</summary>
public sealed class IoCommandTests : IDisposable
{
    private readonly ScratchFolder _folder = new("cs-io-");

    public void Dispose() => _folder.Dispose();

    private static List<JsonElement> Json(CliRun run)
    {
        Assert.True(run.ExitCode == 0, run.Error);
        return JsonDocument.Parse(run.Output).RootElement.EnumerateArray().ToList();
    }

    [Fact]
    public async Task Tables_lists_the_twelve_shipped_tables()
    {
        var rows = Json(await CliRun.RunAsync("io", "tables", "--format", "json"));
        Assert.Equal(12, rows.Count);
        Assert.Contains(rows, r => r.GetProperty("id").GetString() == "china-2020-42" && r.GetProperty("sectors").GetInt32() == 42);
    }

    [Fact]
    public async Task Multipliers_write_the_documented_columns_with_jilin_below_national()
    {
        var csv = await CliRun.RunAsync("io", "multipliers", "--format", "csv");
        Assert.Equal(0, csv.ExitCode);
        Assert.Equal("sector,name_en,name_zh,output_multiplier,value_added_multiplier,income_multiplier,employment_multiplier,backward_linkage,forward_linkage,key_sector", csv.Output.Split('\n')[0].TrimEnd('\r'));
        var national = Json(await CliRun.RunAsync("io", "multipliers", "--format", "json"));
        var jilin = Json(await CliRun.RunAsync("io", "multipliers", "--region", "220000", "--method", "flq", "--delta", "0.3", "--format", "json"));
        Assert.Equal(42, national.Count);
        for (var j = 0; j < 42; j++)
        {
            Assert.True(jilin[j].GetProperty("output_multiplier").GetDouble() < national[j].GetProperty("output_multiplier").GetDouble());
            var key = national[j].GetProperty("backward_linkage").GetDouble() > 1 && national[j].GetProperty("forward_linkage").GetDouble() > 1;
            Assert.Equal(key ? "yes" : "no", national[j].GetProperty("key_sector").GetString());
        }

        var typeII = Json(await CliRun.RunAsync("io", "multipliers", "--type", "2", "--format", "json"));
        Assert.True(typeII[17].GetProperty("output_multiplier").GetDouble() > national[17].GetProperty("output_multiplier").GetDouble());
    }

    [Fact]
    public async Task Table_format_names_the_method_delta_and_data_years()
    {
        var run = await CliRun.RunAsync("io", "multipliers", "--region", "220000", "--method", "aflq", "--delta", "0.25");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("AFLQ, delta 0.25", run.Output);
        Assert.Contains("census 2020", run.Output);
        Assert.Contains("national 2018", run.Output);
    }

    [Fact]
    public async Task Impact_of_a_final_demand_shock_adds_up_by_part()
    {
        var shock = _folder.Write("shock.csv", "sector,value\n18,1000000\n");
        var rows = Json(await CliRun.RunAsync("io", "impact", "--shock", shock, "--format", "json"));
        var total = rows[^1];
        Assert.Equal("total", total.GetProperty("sector").GetString());
        Assert.Equal(1_000_000, total.GetProperty("output_direct").GetDouble(), 6);
        var parts = total.GetProperty("output_direct").GetDouble() + total.GetProperty("output_indirect").GetDouble() + total.GetProperty("output_induced").GetDouble();
        Assert.Equal(total.GetProperty("output_total").GetDouble(), parts, 3);
        Assert.Equal(rows.Take(42).Sum(r => r.GetProperty("jobs_total").GetDouble()), total.GetProperty("jobs_total").GetDouble(), 2);
        var open = Json(await CliRun.RunAsync("io", "impact", "--shock", shock, "--type", "1", "--format", "json"))[^1];
        Assert.Equal(0, open.GetProperty("output_induced").GetDouble());
    }

    [Fact]
    public async Task An_investment_is_spent_as_capital_formation_and_in_jilin_partly_outside_the_province()
    {
        var national = Json(await CliRun.RunAsync("io", "impact", "--investment", "1000000", "--format", "json"))[^1];
        Assert.Equal(1_000_000, national.GetProperty("output_direct").GetDouble(), 3);
        var jilin = Json(await CliRun.RunAsync("io", "impact", "--investment", "1000000", "--region", "220000", "--method", "flq", "--format", "json"))[^1];
        Assert.InRange(jilin.GetProperty("output_direct").GetDouble(), 100_000, 999_999);
        Assert.True(jilin.GetProperty("jobs_total").GetDouble() < national.GetProperty("jobs_total").GetDouble());

        var both = await CliRun.RunAsync("io", "impact", "--investment", "1", "--output-change", "14:1");
        Assert.Equal(2, both.ExitCode);
        Assert.Contains("Give one of --shock FILE, --output-change SECTOR:AMOUNT or --investment AMOUNT.", both.Error, StringComparison.Ordinal);
        var negative = await CliRun.RunAsync("io", "impact", "--investment", "-5");
        Assert.Contains("--investment -5: give a positive amount", negative.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Output_change_runs_the_mixed_model()
    {
        var rows = Json(await CliRun.RunAsync("io", "impact", "--output-change", "14:-1000000", "--type", "1", "--format", "json"));
        Assert.Equal(-1_000_000, rows[13].GetProperty("output_direct").GetDouble(), 6);
        Assert.Equal(0, rows[13].GetProperty("output_indirect").GetDouble(), 6);
        Assert.True(rows[1].GetProperty("output_indirect").GetDouble() < 0, "less steel needs less coal");
    }

    [Fact]
    public async Task Bad_shock_and_options_fail_with_a_named_error()
    {
        var unknown = await CliRun.RunAsync("io", "impact", "--shock", _folder.Write("bad.csv", "sector,value\n99,1\n"));
        Assert.Equal(CliApp.Failed, unknown.ExitCode);
        Assert.Contains("bad.csv, row 2, field sector", unknown.Error);
        Assert.Contains("'99'", unknown.Error);
        var both = await CliRun.RunAsync("io", "impact");
        Assert.Contains("--shock", both.Error);
        var table = await CliRun.RunAsync("io", "multipliers", "--table", "china-1999-42");
        Assert.Contains("china-2020-42", table.Error);
        var delta = await CliRun.RunAsync("io", "multipliers", "--region", "220000", "--delta", "1.5");
        Assert.Contains("delta", delta.Error);
    }

    [Fact]
    public async Task Calc_writes_the_accounts_of_a_user_table_and_refuses_a_bad_one()
    {
        // Miller and Blair ch. 2 as one region; value added is the only primary input.
        var z = _folder.Write("Z.csv", "row_region,row_sector,col_region,col_sector,value\nR,s1,R,s1,150\nR,s1,R,s2,500\nR,s2,R,s1,200\nR,s2,R,s2,100\n");
        var y = _folder.Write("Y.csv", "row_region,row_sector,col_region,col_category,value\nR,s1,R,household,350\nR,s2,R,household,1700\n");
        var f = _folder.Write("F.csv", "extension,stressor,col_region,col_sector,value\nfactors,value_added,R,s1,650\nfactors,value_added,R,s2,1400\n");
        var target = Path.Combine(_folder.Path, "out");
        var run = await CliRun.RunAsync("io", "calc", "--z", z, "--y", y, "--f", f, "--output-dir", target);
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("1 region(s) x 2 sectors", run.Output);
        var m = ScratchFolder.Csv(File.ReadAllText(Path.Combine(target, "factors_M.csv")));
        Assert.Equal(1, double.Parse(m[1][3], CultureInfo.InvariantCulture), 12);
        Assert.True(File.Exists(Path.Combine(target, "G.csv")));

        var badY = _folder.Write("Ybad.csv", "row_region,row_sector,col_region,col_category,value\nR,s7,R,household,1\n");
        var refused = await CliRun.RunAsync("io", "calc", "--z", z, "--y", badY, "--output-dir", Path.Combine(_folder.Path, "none"));
        Assert.Equal(CliApp.Failed, refused.ExitCode);
        Assert.Contains("Ybad.csv, row 2", refused.Error);
        Assert.Contains("s7", refused.Error);
        Assert.False(Directory.Exists(Path.Combine(_folder.Path, "none")));
    }
}
