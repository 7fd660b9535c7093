using ClusterScope.Data.Analysis;
using ClusterScope.Data.Export;

namespace ClusterScope.Web.Features.Analysis;

/// <summary>What the CSV and XLSX downloads hold: the result with a code beside every region and industry name, and
/// (in the XLSX) a metadata sheet saying what was computed, on which data and from which source.</summary>
internal static class AnalysisExport
{
    private static readonly HashSet<string> LabelColumns = new(["region", "industry", "industry_a", "industry_b"], StringComparer.Ordinal);

    /// <summary>The result's columns and rows with a <c>…_code</c> column before each labelled one, where the codes are known.</summary>
    public static (IReadOnlyList<string> Columns, IReadOnlyList<object?[]> Rows) WithCodes(AnalysisTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var labelled = table.Codes.Count == 0 ? [] : table.Columns.Select((c, i) => (c, i)).Where(p => LabelColumns.Contains(p.c)).Select(p => p.i).ToHashSet();
        var columns = table.Columns.SelectMany((c, i) => labelled.Contains(i) ? new[] { c + "_code", c } : [c]).ToList();
        var rows = table.Rows.Select(row => row.SelectMany((v, i) => labelled.Contains(i)
            ? new[] { v is string label && table.Codes.TryGetValue(label, out var code) ? code : null, v }
            : [v]).ToArray()).ToList();
        return (columns, rows);
    }

    /// <summary>One row per fact about the result: measure, options, period, data set, source and provenance.</summary>
    public static IReadOnlyList<Dictionary<string, object?>> Metadata(AnalysisRequest request, AnalysisDataset dataset, int? year)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(dataset);
        var measure = AnalysisRunner.Find(request.Measure);
        return new (string Key, object? Value)[]
        {
            ("measure", measure.Name),
            ("measure_name", measure.Title),
            ("measure_name_zh", measure.TitleZh),
            ("definition", measure.Description),
            ("threshold", request.Threshold),
            ("variant", request.Variant ?? "default"),
            ("period", year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? (dataset.Code == "census-employment" ? "2020" : "")),
            ("dataset", dataset.Code),
            ("dataset_name", dataset.NameEn),
            ("dataset_name_zh", dataset.NameZh),
            ("data_source", dataset.Note),
            ("provenance", dataset.IsSample ? "sample" : "real"),
            ("documentation", $"docs/user/analysis.md#{measure.Name}"),
        }.Select(p => new Dictionary<string, object?> { ["key"] = p.Key, ["value"] = p.Value }).ToList();
    }

    /// <summary>The XLSX: sheet <c>result</c> with typed cells, sheet <c>metadata</c> when given.</summary>
    public static byte[] ToXlsx(AnalysisTable table, IReadOnlyList<Dictionary<string, object?>>? metadata = null)
    {
        var (columns, rows) = WithCodes(table);
        var sheets = new Dictionary<string, object> { ["result"] = TableWriter.Records(columns, rows).ToList() };
        if (metadata is not null)
        {
            sheets["metadata"] = metadata;
        }

        using var stream = new MemoryStream();
        MiniExcelLibs.MiniExcel.SaveAs(stream, sheets);
        return stream.ToArray();
    }
}
