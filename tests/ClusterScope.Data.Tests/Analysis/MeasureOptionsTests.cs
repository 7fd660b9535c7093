using ClusterScope.Data.Analysis;

namespace ClusterScope.Data.Tests.Analysis;

/// <summary>Every option value a measure declares is one it computes, and the default is the same as leaving the option out.</summary>
public sealed class MeasureOptionsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("cs-measure-options-").FullName;

    public static TheoryData<string, string, string> DeclaredValues()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var m in AnalysisRunner.Measures)
        {
            foreach (var (option, values) in new[] { ("variant", m.Variants), ("convention", m.Conventions), ("by", m.By), ("proximity", m.Proximities) })
            {
                foreach (var value in values)
                {
                    data.Add(m.Name, option, value);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(DeclaredValues))]
    public void Every_declared_value_runs_and_its_default_equals_no_option(string measure, string option, string value)
    {
        var definition = AnalysisRunner.Find(measure);
        var options = option switch
        {
            "variant" => new AnalysisOptions(Variant: value),
            "convention" => new AnalysisOptions(Convention: value),
            "proximity" => new AnalysisOptions(Proximity: value),
            _ => new AnalysisOptions(By: value),
        };
        var table = Run(definition, options);
        Assert.NotEmpty(table.Rows);
        var declared = option switch { "variant" => definition.Variants, "convention" => definition.Conventions, "proximity" => definition.Proximities, _ => definition.By };
        if (value == declared[0])
        {
            var plain = Run(definition, new AnalysisOptions());
            Assert.Equal(plain.Columns, table.Columns);
            Assert.Equal(Flatten(plain), Flatten(table));
        }
    }

    [Fact]
    public void Options_are_read_case_insensitively_as_the_runner_does()
    {
        var definition = AnalysisRunner.Find("hhi");
        AnalysisRunner.CheckOptions(definition, new AnalysisOptions(Variant: " Normalised ", By: "INDUSTRY"));
        var error = Assert.Throws<ArgumentException>(() => AnalysisRunner.CheckOptions(definition, new AnalysisOptions(Variant: "nomalised")));
        Assert.Equal("variant", error.ParamName);
    }

    private AnalysisTable Run(MeasureDefinition definition, AnalysisOptions options)
    {
        if (definition.Input == MeasureInput.Plants)
        {
            var plants = Path.Combine(_folder, "plants.csv");
            File.WriteAllText(plants, "plant,region,industry,employment\np1,A,x,10\np2,A,x,5\np3,B,y,7\np4,B,x,3\np5,C,y,4\np6,C,x,2\n");
            return AnalysisRunner.Run(definition.Name, LongFormatReader.ReadPlants(plants), options);
        }

        var path = Path.Combine(_folder, "panel.csv");
        File.WriteAllText(path, "year,region,industry,value\n" + string.Concat(
            from year in new[] { 2020, 2021, 2022 }
            from region in new[] { "A", "B", "C" }
            from industry in new[] { "x", "y", "z" }
            select $"{year},{region},{industry},{((year - 2019) * (region[0] - 'A' + 1)) + (industry[0] - 'x') + 1}\n"));
        var panel = LongFormatReader.ReadRegionIndustry(path);
        if (options.Variant is "hoover" or "reat-weighted")
        {
            options = options with { Population = new Dictionary<string, double> { ["A"] = 3, ["B"] = 1, ["C"] = 2 } };
        }

        return AnalysisRunner.Run(definition.Name, panel, definition.Name.StartsWith("shiftshare", StringComparison.Ordinal) ? options : options with { Year = 2022 });
    }

    private static List<string> Flatten(AnalysisTable table) =>
        table.Rows.Select(r => string.Join("|", r.Select(v => v is double d ? d.ToString("R", System.Globalization.CultureInfo.InvariantCulture) : v?.ToString()))).ToList();

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
