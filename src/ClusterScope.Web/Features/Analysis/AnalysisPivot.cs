using ClusterScope.Data.Analysis;

namespace ClusterScope.Web.Features.Analysis;

/// <summary>A region x industry result laid out as a grid: one row per region, one column per industry.</summary>
/// <param name="Regions">Row labels in the result's order.</param>
/// <param name="Industries">Column labels in the result's order.</param>
/// <param name="Values">Values[region][industry]; NaN where the result has none.</param>
public sealed record AnalysisPivot(IReadOnlyList<string> Regions, IReadOnlyList<string> Industries, double[][] Values)
{
    /// <summary>The grid of a result whose first two columns are region and industry and third a number; null for any other result.</summary>
    public static AnalysisPivot? Of(AnalysisTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (table.Columns is not ["region", "industry", _, ..] || table.Rows.Count == 0 || table.Rows[0][2] is not double)
        {
            return null;
        }

        var regions = table.Rows.Select(r => (string)r[0]!).Distinct().ToList();
        var industries = table.Rows.Select(r => (string)r[1]!).Distinct().ToList();
        var values = regions.Select(_ => Enumerable.Repeat(double.NaN, industries.Count).ToArray()).ToArray();
        var rowOf = regions.Select((r, i) => (r, i)).ToDictionary(p => p.r, p => p.i, StringComparer.Ordinal);
        var columnOf = industries.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i, StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            values[rowOf[(string)row[0]!]][columnOf[(string)row[1]!]] = row[2] is double d ? d : double.NaN;
        }

        return new AnalysisPivot(regions, industries, values);
    }
}
