using System.Globalization;
using ClusterScope.Analytics.Composite;

namespace ClusterScope.Analytics.Tests.Composite;

/// <summary>Reference case 07 (COINr 1.1.14 on 20 development zones, 9 indicators, 3 pillars) as library inputs.</summary>
internal static class Case07
{
    public const string Folder = "07_composite_coinr";

    public static readonly string[] Indicators =
        ["cl_output", "cl_growth", "lead_ent", "rd_int", "incub", "hightech_sh", "energy_int", "land_out", "pollut"];

    public static CompositeData Data()
    {
        var table = ReferenceTable.Load($"{Folder}/inputs/iData.csv");
        var raw = IndicatorMatrix.FromColumns(table.Text("uCode"), Indicators, Indicators.Select(table.Numbers).ToArray());
        return new CompositeData(raw, table.Text("zone_level"));
    }

    public static CompositeFramework Framework()
    {
        var meta = ReferenceTable.Load($"{Folder}/inputs/iMeta.csv");
        var indicators = new List<IndicatorNode>();
        var aggregates = new List<AggregateNode>();
        foreach (var row in meta.Rows)
        {
            var (code, parent, type) = (row[0], row[3], row[6]);
            var weight = row[5].Length == 0 ? 1 : double.Parse(row[5], CultureInfo.InvariantCulture);
            if (type == "Indicator")
            {
                indicators.Add(new IndicatorNode(code, parent, row[4] == "-1" ? Direction.Negative : Direction.Positive, weight));
            }
            else if (type == "Aggregate")
            {
                aggregates.Add(new AggregateNode(code, parent.Length == 0 ? null : parent, weight));
            }
        }

        return new CompositeFramework(indicators, aggregates);
    }

    /// <summary>Asserts every column of the expected wide file (keyed by uCode) against the same code in <paramref name="actual"/>.</summary>
    public static void AssertMatches(string expectedFile, IndicatorMatrix actual)
    {
        var expected = ReferenceTable.Load($"{Folder}/expected/{expectedFile}");
        var units = expected.Text("uCode");
        foreach (var code in expected.Header.Where(h => h != "uCode"))
        {
            var column = actual.Column(code);
            var values = expected.Numbers(code);
            for (var k = 0; k < units.Length; k++)
            {
                var row = actual.Units.ToList().IndexOf(units[k]);
                AnalyticsAssert.Close(values[k], column[row], what: $"{expectedFile} {units[k]} {code}");
            }
        }
    }
}
