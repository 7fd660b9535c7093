using ClusterScope.Analytics.InputOutput;
using ClusterScope.Data.InputOutput;

namespace ClusterScope.Web.Features.InputOutput;

/// <summary>A scenario's impact in the page's and API's units: money in 100m CNY (the tables' 10k CNY / 1e4), jobs in persons.</summary>
public static class IoResults
{
    /// <summary>100m CNY (亿元) in the tables' unit of 10k CNY.</summary>
    public const double TableUnitsPerHundredMillion = 1e4;

    private static readonly string[] Measures = ["output", "value_added", "income", "jobs"];
    private static readonly string[] Parts = ["direct", "indirect", "induced", "total"];

    /// <summary>One sector's impact.</summary>
    public sealed record SectorImpact(string Code, string NameZh, string NameEn, ImpactTotals Output, ImpactTotals ValueAdded, ImpactTotals Income, ImpactTotals Jobs);

    /// <summary>Every sector's impact, in table order.</summary>
    public static IReadOnlyList<SectorImpact> BySector(Impact impact, IoTable table)
    {
        ArgumentNullException.ThrowIfNull(impact);
        ArgumentNullException.ThrowIfNull(table);
        return [.. table.Sectors.Select((s, i) => new SectorImpact(s.Code, s.NameZh, s.NameEn,
            Money(impact.Output, i), Money(impact.ValueAdded, i), Money(impact.Income, i),
            new ImpactTotals(impact.Employment.Direct[i], impact.Employment.Indirect[i], impact.Employment.Induced[i])))];
    }

    /// <summary>The sum over sectors of each part.</summary>
    public static SectorImpact Total(IReadOnlyList<SectorImpact> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        static ImpactTotals Sum(IEnumerable<ImpactTotals> t) => new(t.Sum(x => x.Direct), t.Sum(x => x.Indirect), t.Sum(x => x.Induced));
        return new SectorImpact("total", "合计", "Total", Sum(rows.Select(r => r.Output)), Sum(rows.Select(r => r.ValueAdded)),
            Sum(rows.Select(r => r.Income)), Sum(rows.Select(r => r.Jobs)));
    }

    /// <summary>The rows as CSV, one line per sector, each measure's parts and total.</summary>
    public static string Csv(IReadOnlyList<SectorImpact> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        var lines = new List<string>
        {
            "sector,name_zh,name_en," + string.Join(",", Measures.SelectMany(m => Parts.Select(p => $"{m}_{p}"))),
        };
        foreach (var r in rows.Append(Total(rows)))
        {
            var values = new[] { r.Output, r.ValueAdded, r.Income, r.Jobs }.SelectMany(t => new[] { t.Direct, t.Indirect, t.Induced, t.Total }).Select(v => v.ToString("R", inv));
            lines.Add($"{r.Code},{Quote(r.NameZh)},{Quote(r.NameEn)},{string.Join(",", values)}");
        }

        return string.Join("\n", lines) + "\n";
    }

    /// <summary>The rows as an XLSX workbook with the CSV's columns (sheet <c>impact</c>).</summary>
    public static async Task<byte[]> XlsxAsync(IReadOnlyList<SectorImpact> rows, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var sheet = rows.Append(Total(rows)).Select(r =>
        {
            var row = new Dictionary<string, object?> { ["sector"] = r.Code, ["name_zh"] = r.NameZh, ["name_en"] = r.NameEn };
            foreach (var (measure, totals) in Measures.Zip(new[] { r.Output, r.ValueAdded, r.Income, r.Jobs }))
            {
                foreach (var (part, value) in Parts.Zip(new[] { totals.Direct, totals.Indirect, totals.Induced, totals.Total }))
                {
                    row[$"{measure}_{part}"] = value;
                }
            }

            return row;
        }).ToList();
        using var stream = new MemoryStream();
        await MiniExcelLibs.MiniExcel.SaveAsAsync(stream, new Dictionary<string, object> { ["impact"] = sheet }, excelType: MiniExcelLibs.ExcelType.XLSX, cancellationToken: ct);
        return stream.ToArray();
    }

    private static string Quote(string text) => text.Contains(',', StringComparison.Ordinal) || text.Contains('"', StringComparison.Ordinal) ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : text;

    private static ImpactTotals Money(ImpactComponents c, int i) =>
        new(c.Direct[i] / TableUnitsPerHundredMillion, c.Indirect[i] / TableUnitsPerHundredMillion, c.Induced[i] / TableUnitsPerHundredMillion);
}
