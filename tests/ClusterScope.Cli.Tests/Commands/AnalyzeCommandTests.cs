using System.Globalization;
using System.Text.Json;

namespace ClusterScope.Cli.Tests.Commands;

/// <summary>The analyze command on the reference cases (the same files the Analytics tests use) and on bad input.</summary>
public sealed partial class AnalyzeCommandTests : IDisposable
{
    private static readonly string Reference = Path.Combine(RepositoryRoot(), "tests", "ClusterScope.Analytics.Tests", "Reference");
    private readonly ScratchFolder _folder = new("cs-analyze-");

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ClusterScope.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("ClusterScope.slnx not found above " + AppContext.BaseDirectory);
    }

    private string Write(string name, string text) => _folder.Write(name, text);

    private static List<string[]> Csv(string text) => ScratchFolder.Csv(text);

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    private static void Close(double expected, double actual, string what) =>
        Assert.True(Math.Abs(expected - actual) <= 1e-12 + (1e-9 * Math.Abs(expected)), $"{what}: expected {expected:R}, got {actual:R}");

    [Fact]
    public async Task Location_quotients_match_EconGeo_on_case_01()
    {
        var run = await CliRun.RunAsync("analyze", "lq", "--input", Path.Combine(Reference, "01_lq_rca", "inputs", "long.csv"));
        Assert.Equal(0, run.ExitCode);
        var rows = Csv(run.Output);
        Assert.Equal(["region", "industry", "lq"], rows[0]);
        var expected = Csv(File.ReadAllText(Path.Combine(Reference, "01_lq_rca", "expected", "econgeo_location_quotient.csv")));
        var industries = expected[0];
        var compared = 0;
        foreach (var row in expected.Skip(1))
        {
            for (var i = 1; i < industries.Length; i++)
            {
                var found = rows.Single(r => r[0] == row[0] && r[1] == industries[i]);
                Close(Number(row[i]), Number(found[2]), $"{row[0]}/{industries[i]}");
                compared++;
            }
        }

        Assert.Equal(rows.Count - 1, compared);
    }

    [Fact]
    public async Task Ellison_Glaeser_gamma_matches_REAT_on_case_03()
    {
        var run = await CliRun.RunAsync("analyze", "eg", "-i", Path.Combine(Reference, "03_ellison_glaeser", "inputs", "plants.csv"), "--format", "json");
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var expected = Csv(File.ReadAllText(Path.Combine(Reference, "03_ellison_glaeser", "expected", "reat_ellison_a2.csv")));
        var industry = Array.IndexOf(expected[0], "industry");
        var gamma = Array.IndexOf(expected[0], "gamma");
        foreach (var row in expected.Skip(1))
        {
            var result = json.RootElement.EnumerateArray().Single(e => e.GetProperty("industry").GetString() == row[industry]);
            Close(Number(row[gamma]), result.GetProperty("eg_gamma").GetDouble(), row[industry]);
        }
    }

    [Fact]
    public async Task Complexity_matches_py_ecomplexity_on_case_05_for_one_year()
    {
        var run = await CliRun.RunAsync("analyze", "complexity", "-i", Path.Combine(Reference, "05_complexity_pyecomplexity", "inputs", "trade_long.csv"), "--year", "2021");
        Assert.Equal(0, run.ExitCode);
        var rows = Csv(run.Output);
        var expected = Csv(File.ReadAllText(Path.Combine(Reference, "05_complexity_pyecomplexity", "expected", "ecomplexity_default.csv")));
        var h = expected[0];
        int Col(string name) => Array.IndexOf(h, name);
        foreach (var row in expected.Skip(1).Where(r => r[Col("year")] == "2021"))
        {
            var eci = rows.Single(r => r[0] == "region" && r[1] == row[Col("region")] && r[3] == "eci");
            var pci = rows.Single(r => r[0] == "industry" && r[2] == row[Col("industry")] && r[3] == "pci");
            var cog = rows.Single(r => r[0] == "region-industry" && r[1] == row[Col("region")] && r[2] == row[Col("industry")]);
            Close(Number(row[Col("eci")]), Number(eci[4]), "eci " + row[Col("region")]);
            Close(Number(row[Col("pci")]), Number(pci[4]), "pci " + row[Col("industry")]);
            Close(Number(row[Col("cog")]), Number(cog[4]), "cog");
        }
    }

    [Fact]
    public async Task Relatedness_density_matches_EconGeo_on_case_06()
    {
        // matrix_2021.csv is wide; the command reads long format, so the test turns it around first.
        var wide = Csv(File.ReadAllText(Path.Combine(Reference, "06_relatedness_econgeo", "inputs", "matrix_2021.csv")));
        var longText = "region,industry,value\n" + string.Concat(wide.Skip(1).SelectMany(r => wide[0].Skip(1).Select((industry, i) => $"{r[0]},{industry},{r[i + 1]}\n")));
        var run = await CliRun.RunAsync("analyze", "relatedness-density", "-i", Write("m2021.csv", longText));
        Assert.Equal(0, run.ExitCode);
        var rows = Csv(run.Output);
        var expected = Csv(File.ReadAllText(Path.Combine(Reference, "06_relatedness_econgeo", "expected", "relatedness_density_prob_unrounded.csv")));
        foreach (var row in expected.Skip(1))
        {
            for (var i = 1; i < expected[0].Length; i++)
            {
                Close(Number(row[i]), Number(rows.Single(r => r[0] == row[0] && r[1] == expected[0][i])[2]), $"{row[0]}/{expected[0][i]}");
            }
        }
    }

    [Fact]
    public async Task Shift_share_splits_growth_into_its_three_components()
    {
        // Nation (A + B): x 100 -> 150 (1.5), y 100 -> 100 (1.0), total 200 -> 250 (1.25).
        // Region A: x 60 -> 90, y 40 -> 40. National share 100 * 0.25 = 25; mix 60 * (1.5 - 1.25) + 40 * (1 - 1.25) = 5; competitive 0.
        var input = Write("growth.csv", "region,industry,year,value\nA,x,2020,60\nA,y,2020,40\nB,x,2020,40\nB,y,2020,60\nA,x,2024,90\nA,y,2024,40\nB,x,2024,60\nB,y,2024,60\n");
        var output = Path.Combine(_folder.Path, "out.csv");
        var run = await CliRun.RunAsync("analyze", "shiftshare", "--input", input, "--output", output);
        Assert.Equal(0, run.ExitCode);
        var rows = Csv(File.ReadAllText(output));
        Assert.Equal(["region", "growth", "national_share", "industry_mix", "competitive", "net_total_shift"], rows[0]);
        var a = rows.Single(r => r[0] == "A");
        Close(30, Number(a[1]), "growth");
        Close(25, Number(a[2]), "national share");
        Close(5, Number(a[3]), "industry mix");
        Close(0, Number(a[4]), "competitive");
    }

    [Fact]
    public async Task A_year_column_gives_results_per_year()
    {
        var input = Write("years.csv", "year,region,industry,value\n2020,A,x,1\n2020,B,y,1\n2021,A,x,2\n2021,B,x,1\n2021,B,y,1\n");
        var run = await CliRun.RunAsync("analyze", "hhi", "--input", input);
        var rows = Csv(run.Output);
        Assert.Equal(["year", "region", "hhi"], rows[0]);
        Assert.Equal(4, rows.Count - 1);
        Close(0.5, Number(rows.Single(r => r[0] == "2021" && r[1] == "B")[2]), "B 2021: shares 1/2, 1/2");
    }

    [Theory]
    [InlineData("region,industry\nA,x\n", "missing column(s) value")]
    [InlineData("region,industry,value\nA,x,-1\n", "row 2, field 'value': -1 is negative")]
    [InlineData("region,industry,value\nA,x,1\nA,x,2\n", "already appears in row 2")]
    [InlineData("region,industry,value\nA,x,1\nB\n", "row 3: 1 field(s) where the header has 3 (region,industry,value)")]
    public async Task Bad_input_is_a_plain_error_naming_row_and_field(string text, string expected)
    {
        var run = await CliRun.RunAsync("analyze", "lq", "--input", Write("bad.csv", text));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Output);
    }

    [Fact]
    public async Task An_unknown_measure_or_variant_is_refused_by_name()
    {
        var input = Write("ok.csv", "region,industry,value\nA,x,1\nB,y,2\n");
        var measure = await CliRun.RunAsync("analyze", "happiness", "--input", input);
        Assert.Equal(1, measure.ExitCode);
        Assert.Contains("happiness", measure.Error, StringComparison.Ordinal);
        var variant = await CliRun.RunAsync("analyze", "gini", "--input", input, "--variant", "golden");
        Assert.Equal(2, variant.ExitCode);
        Assert.Contains("--variant 'golden'", variant.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hhi_by_industry_gives_each_industrys_concentration_over_regions()
    {
        var input = Write("by.csv", "region,industry,value\nA,x,1\nB,x,1\nA,y,2\n");
        var run = await CliRun.RunAsync("analyze", "hhi", "--input", input, "--by", "industry");
        Assert.Equal(0, run.ExitCode);
        var rows = Csv(run.Output);
        Assert.Equal(["industry", "hhi"], rows[0]);
        Close(0.5, Number(rows.Single(r => r[0] == "x")[1]), "x: half in A, half in B");
        Close(1, Number(rows.Single(r => r[0] == "y")[1]), "y: all in A");
        var byRegion = Csv((await CliRun.RunAsync("analyze", "hhi", "--input", input)).Output);
        Assert.Equal(["region", "hhi"], byRegion[0]);
        Close((1.0 / 9) + (4.0 / 9), Number(byRegion.Single(r => r[0] == "A")[1]), "A: shares 1/3 and 2/3");
    }

    [Fact]
    public async Task The_old_undocumented_convention_spelling_of_by_industry_is_refused()
    {
        var run = await CliRun.RunAsync("analyze", "hhi", "--input", Write("c.csv", "region,industry,value\nA,x,1\n"), "--convention", "industry");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--convention 'industry': 'hhi' has no --convention", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("complexity", "--variant", "asymmetric", "include-self, exclude-self")]
    [InlineData("density", "--variant", "asymmetric", "include-self, exclude-self")]
    [InlineData("complexity", "--convention", "reat", "pyecomplexity, econgeo")]
    [InlineData("proximity", "--variant", "cosine", "minimum, asymmetric, continuous")]
    [InlineData("hhi", "--by", "county", "region, industry")]
    [InlineData("lq", "--convention", "stata", "econgeo, reat, pyecomplexity")]
    [InlineData("shiftshare", "--variant", "arcelus", "dunn, esteban-marquillas, gerfin, dynamic")]
    public async Task An_option_value_a_measure_does_not_offer_is_an_error_listing_the_accepted_values(string measure, string option, string value, string accepted)
    {
        var input = Write("o.csv", "year,region,industry,value\n2020,A,x,1\n2020,B,y,2\n2021,A,x,2\n2021,B,y,2\n");
        var run = await CliRun.RunAsync("analyze", measure, "--input", input, option, value);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{option} '{value}' is not offered by '{measure}'; use one of: {accepted}", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Output);
    }

    [Theory]
    [InlineData("entropy", "--variant")]
    [InlineData("theil", "--by")]
    [InlineData("relatedness-density", "--convention")]
    public async Task An_option_a_measure_does_not_have_is_an_error(string measure, string option)
    {
        var run = await CliRun.RunAsync("analyze", measure, "--input", Write("n.csv", "region,industry,value\nA,x,1\nB,y,2\n"), option, "anything");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{option} 'anything': '{measure}' has no {option}", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_lists_the_values_each_measure_accepts()
    {
        var run = await CliRun.RunAsync("analyze", "--help");
        Assert.Contains("--by region|industry (default region)", run.Output, StringComparison.Ordinal);
        Assert.Contains("--variant include-self|exclude-self (default include-self)", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_plant_measure_on_a_region_file_says_which_input_it_needs()
    {
        var run = await CliRun.RunAsync("analyze", "eg", "--input", Write("ri.csv", "region,industry,value\nA,x,1\n"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("missing column(s) plant", run.Error, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}
