namespace ClusterScope.Cli.Tests.Commands;

/// <summary>The measures reached from the command line give the reference packages' numbers on the reference cases.</summary>
public sealed partial class AnalyzeCommandTests
{
    private static string Case(string name, string folder, string file) => Path.Combine(Reference, name, folder, file);

    // The reference files name the value column 'employment'; analyze reads long files with 'value'.
    private string Renamed(string path, string header) =>
        Write(Path.GetFileName(path), header + "\n" + string.Join("\n", File.ReadAllLines(path).Skip(1)) + "\n");

    private string WideToLong(string path)
    {
        var rows = Csv(File.ReadAllText(path));
        var text = "region,industry,value\n" + string.Concat(
            from row in rows.Skip(1) from i in Enumerable.Range(1, row.Length - 1) select $"{row[0]},{rows[0][i]},{row[i]}\n");
        return Write("long-" + Path.GetFileName(path), text);
    }

    private static async Task<List<string[]>> Analyze(params string[] args)
    {
        var run = await CliRun.RunAsync(["analyze", .. args]);
        Assert.True(run.ExitCode == 0, run.Error);
        return Csv(run.Output);
    }

    private static void Matches(List<string[]> rows, string key, string column, IEnumerable<(string Key, string Value)> expected)
    {
        var (k, c) = (Array.IndexOf(rows[0], key), Array.IndexOf(rows[0], column));
        var compared = 0;
        foreach (var (label, value) in expected)
        {
            var found = rows.Skip(1).Single(r => r[k] == label)[c];
            if (value == "NA")
            {
                Assert.Equal("NA", found);
            }
            else
            {
                Close(Number(value), Number(found), $"{label} {column}");
            }

            compared++;
        }

        Assert.Equal(rows.Count - 1, compared);
    }

    // Region/industry rows keyed by "region/industry" in a first column, so Matches can find each cell.
    private static List<string[]> Keyed(List<string[]> rows) =>
        [["key", .. rows[0]], .. rows.Skip(1).Select(r => (string[])[r[0] + "/" + r[1], .. r])];

    private static IEnumerable<(string, string)> Reat(string file, string method, string component, int keyColumn = 0)
    {
        var rows = Csv(File.ReadAllText(Case("04_shift_share", "expected", file)));
        return rows.Skip(1).Where(r => r[1] == method && r[^2] == component).Select(r => (r[keyColumn], r[^1]));
    }

    [Theory]
    [InlineData("dunn", "reat_shift_static.csv", "Dunn", "national_share", "National share")]
    [InlineData("dunn", "reat_shift_static.csv", "Dunn", "industry_mix", "Industrial mix")]
    [InlineData("dunn", "reat_shift_static.csv", "Dunn", "competitive", "Regional share")]
    [InlineData("dunn", "reat_shift_static.csv", "Dunn", "net_total_shift", "Net total shift")]
    [InlineData("esteban-marquillas", "reat_shift_static.csv", "Esteban", "allocation", "Allocation effect")]
    [InlineData("esteban-marquillas", "reat_shift_static.csv", "Esteban", "competitive", "Regional share")]
    [InlineData("gerfin", "reat_shift_static.csv", "Gerfin", "industry_mix", "Industrial mix")]
    [InlineData("gerfin", "reat_shift_static.csv", "Gerfin", "regional_factor", "Regional share")]
    [InlineData("gerfin", "reat_shift_static.csv", "Gerfin", "total", "Net total shift")]
    [InlineData("dynamic", "reat_shiftd_dynamic.csv", "Dunn", "national_share", "National share")]
    [InlineData("dynamic", "reat_shiftd_dynamic.csv", "Dunn", "competitive", "Regional share")]
    [InlineData("esteban-marquillas-dynamic", "reat_shiftd_dynamic.csv", "Esteban", "allocation", "Allocation effect")]
    [InlineData("gerfin-dynamic", "reat_shiftd_dynamic.csv", "Gerfin", "regional_factor", "Regional share")]
    [InlineData("gerfin-dynamic", "reat_shiftd_dynamic.csv", "Gerfin", "total", "Net total shift")]
    public async Task Shift_share_with_the_national_file_gives_REATs_numbers_on_case_04(string variant, string file, string method, string column, string component)
    {
        var regional = Renamed(Case("04_shift_share", "inputs", "regional.csv"), "region,year,industry,value");
        var national = Renamed(Case("04_shift_share", "inputs", "national.csv"), "year,industry,value");
        var rows = await Analyze("shiftshare", "-i", regional, "--national", national, "--variant", variant);
        Matches(rows, "region", column, Reat(file, method, component));
    }

    [Theory]
    [InlineData("static", "reat_shifti_per_industry_static.csv")]
    [InlineData("dynamic", "reat_shiftid_per_industry_dynamic.csv")]
    public async Task Shift_share_by_industry_in_REATs_convention_gives_shifti_and_shiftid(string variant, string file)
    {
        var regional = Renamed(Case("04_shift_share", "inputs", "regional.csv"), "region,year,industry,value");
        var national = Renamed(Case("04_shift_share", "inputs", "national.csv"), "year,industry,value");
        var rows = await Analyze("shiftshare-industry", "-i", regional, "--national", national, "--variant", variant, "--convention", "reat");
        var keyed = Keyed(rows);
        var expected = Csv(File.ReadAllText(Case("04_shift_share", "expected", file))).Skip(1).ToList();
        foreach (var (column, component) in new[] { ("national_share", "National share"), ("competitive", "Regional share"), ("growth", "Growth (t1-t)") })
        {
            Matches(keyed, "key", column, expected.Where(r => r[3] == component).Select(r => (r[0] + "/" + r[2], r[4])));
        }
    }

    [Fact]
    public async Task Without_the_national_file_the_nation_is_the_files_regions_and_differs_from_REAT()
    {
        var regional = Renamed(Case("04_shift_share", "inputs", "regional.csv"), "region,year,industry,value");
        var rows = await Analyze("shiftshare", "-i", regional);
        var g1 = rows.Single(r => r[0] == "G1");
        var reat = Reat("reat_shift_static.csv", "Dunn", "National share").Single(e => e.Item1 == "G1").Item2;
        Assert.NotEqual(Number(reat), Number(g1[2]), 3);
    }

    [Theory]
    [InlineData("region", "20", "regions_kci_morc.csv", "morc_steps20")]
    [InlineData("region", "2", "regions_kci_morc.csv", "morc_steps2")]
    [InlineData("industry", "19", "industries_tci_mort.csv", "mort_steps19")]
    [InlineData("industry", "2", "industries_tci_mort.csv", "mort_steps2")]
    public async Task Reflections_give_EconGeos_morc_and_mort_at_any_step_count(string by, string steps, string file, string column)
    {
        var input = WideToLong(Case("06_relatedness_econgeo", "inputs", "matrix_2021.csv"));
        var rows = await Analyze("reflections", "-i", input, "--by", by, "--steps", steps);
        var expected = Csv(File.ReadAllText(Case("06_relatedness_econgeo", "expected", file)));
        var c = Array.IndexOf(expected[0], column);
        Matches(rows, by, "reflection", expected.Skip(1).Select(r => (r[0], r[c])));
    }

    [Theory]
    [InlineData("relatedness-density-ext-avg", "relatedness_density_ext_avg", "ext_avg")]
    [InlineData("relatedness-density-int-avg", "relatedness_density_int_avg", "int_avg")]
    public async Task Relatedness_density_averages_rounded_as_EconGeo_match_case_06(string measure, string column, string expectedColumn)
    {
        var input = WideToLong(Case("06_relatedness_econgeo", "inputs", "matrix_2021.csv"));
        var rows = await Analyze(measure, "-i", input, "--rounding", "econgeo");
        var expected = Csv(File.ReadAllText(Case("06_relatedness_econgeo", "expected", "relatedness_density_avgs_rounded0.csv")));
        var c = Array.IndexOf(expected[0], expectedColumn);
        Matches(rows, "region", column, expected.Skip(1).Select(r => (r[0], r[c])));
    }

    [Theory]
    [InlineData("hachman", new string[0], "by_region.csv", "region", "hachman", "econgeo_hachman")]
    [InlineData("theil", new[] { "--variant", "l", "--convention", "reat" }, "by_region.csv", "region", "theil", "reat_theil_over_industries")]
    [InlineData("gini", new[] { "--variant", "hoover", "--rounding", "econgeo", "--population", "POP" }, "by_industry.csv", "industry", "gini", "econgeo_hoover_gini_rounded3")]
    [InlineData("gini", new[] { "--variant", "reat-weighted", "--population", "POP" }, "by_industry.csv", "industry", "gini", "reat_gini_weighted_by_population")]
    [InlineData("gini-spec", new string[0], "by_region.csv", "region", "gini", "reat_gini_spec_lq")]
    [InlineData("krugman", new[] { "--by", "industry" }, "by_industry.csv", "industry", "krugman", "reat_krugman_conc_vs_total")]
    [InlineData("krugman", new[] { "--by", "industry", "--variant", "mean-of-others" }, "by_industry.csv", "industry", "krugman", "reat_conc_K_krugman_mean_others")]
    [InlineData("hoover", new[] { "--by", "industry" }, "by_industry.csv", "industry", "hoover", "reat_hoover_vs_total")]
    [InlineData("hoover", new[] { "--by", "industry", "--population", "POP" }, "by_industry.csv", "industry", "hoover", "reat_hoover_vs_population")]
    public async Task Specialisation_measures_match_EconGeo_and_REAT_on_case_02(string measure, string[] options, string file, string key, string column, string expectedColumn)
    {
        var input = WideToLong(Case("02_specialisation_concentration", "inputs", "matrix.csv"));
        var population = Case("02_specialisation_concentration", "inputs", "population.csv");
        var rows = await Analyze([measure, "-i", input, .. options.Select(o => o == "POP" ? population : o)]);
        var expected = Csv(File.ReadAllText(Case("02_specialisation_concentration", "expected", file)));
        var c = Array.IndexOf(expected[0], expectedColumn);
        Matches(rows, key, column, expected.Skip(1).Select(r => (r[0], r[c])));
    }

    [Fact]
    public async Task Group_coagglomeration_gives_eq_5_with_G_and_H_of_the_group_on_case_03()
    {
        var plants = Case("03_ellison_glaeser", "inputs", "plants.csv");
        foreach (var row in Csv(File.ReadAllText(Case("03_ellison_glaeser", "expected", "formula_eg_coagglomeration.csv"))).Skip(1))
        {
            var rows = await Analyze("coagglomeration-group", "-i", plants, "--group", row[0].Replace('+', ','));
            Assert.Equal(row[0].Split('+'), rows.Skip(1).Select(r => r[0]));
            Assert.All(rows.Skip(1), r =>
            {
                Close(Number(row[3]), Number(r[2]), row[0] + " gamma_c");
                Close(Number(row[1]), Number(r[3]), row[0] + " G");
                Close(Number(row[2]), Number(r[4]), row[0] + " H");
            });
            Close(1, rows.Skip(1).Sum(r => Number(r[1])), row[0] + " weights");
        }
    }

    [Fact]
    public async Task Asymmetric_proximity_reaches_density_as_py_ecomplexity_asymmetric()
    {
        var input = Path.Combine(Reference, "05_complexity_pyecomplexity", "inputs", "trade_long.csv");
        var rows = await Analyze("density", "-i", input, "--year", "2021", "--proximity", "asymmetric");
        var expected = Csv(File.ReadAllText(Path.Combine(Reference, "05_complexity_pyecomplexity", "expected", "ecomplexity_asymmetric.csv")));
        int Col(string name) => Array.IndexOf(expected[0], name);
        var keyed = Keyed(rows);
        Matches(keyed, "key", "density", expected.Skip(1).Where(r => r[Col("year")] == "2021")
            .Select(r => (r[Col("region")] + "/" + r[Col("industry")], r[Col("density")])));
    }

    [Fact]
    public async Task Help_gives_every_measure_one_line()
    {
        var run = await CliRun.RunAsync("analyze", "--help");
        var lines = run.Output.Split('\n');
        foreach (var m in ClusterScope.Data.Analysis.AnalysisRunner.Measures)
        {
            var line = Assert.Single(lines, l => l.TrimStart().StartsWith(m.Name + " ", StringComparison.Ordinal));
            Assert.Contains(m.Description, line, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("lq", "--steps", "3", "--steps: 'lq' has no --steps")]
    [InlineData("eg", "--group", "a,b", "--group: 'eg' has no --group")]
    [InlineData("hhi", "--proximity", "asymmetric", "--proximity 'asymmetric': 'hhi' has no --proximity")]
    [InlineData("complexity", "--proximity", "cosine", "--proximity 'cosine' is not offered by 'complexity'; use one of: minimum, asymmetric, continuous")]
    public async Task An_extra_option_a_measure_does_not_read_stops_with_its_name(string measure, string option, string value, string message)
    {
        var input = measure == "eg"
            ? Write("p.csv", "plant,region,industry,employment\np1,A,x,1\np2,B,y,2\n")
            : Write("e.csv", "region,industry,value\nA,x,1\nB,y,2\nA,y,1\n");
        var run = await CliRun.RunAsync("analyze", measure, "-i", input, option, value);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_national_file_is_named_and_nothing_is_written()
    {
        var regional = Write("r.csv", "year,region,industry,value\n2020,A,x,1\n2021,A,x,2\n");
        var national = Write("n.csv", "year,industry,value\n2020,x,abc\n");
        var target = Path.Combine(Path.GetDirectoryName(regional)!, "out.csv");
        var run = await CliRun.RunAsync("analyze", "shiftshare", "-i", regional, "--national", national, "-o", target);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("n.csv, row 2, field 'value': 'abc' is not a number", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(target));
    }
}
