using System.Globalization;
using System.Text;
using ClusterScope.Data.Analysis;
using ClusterScope.Web.Features.Api;

namespace ClusterScope.Web.Features.Analysis;

/// <summary>The analysis API: the same computations as the Analyse page, as JSON or CSV.</summary>
internal static class AnalysisEndpoints
{
    public static IEndpointRouteBuilder MapAnalysisApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/analysis").WithTags("Analysis");
        api.MapGet("/datasets", ListDatasets);
        api.MapGet("/", RunAsync);
        return app;
    }

    /// <summary>The region x industry matrices the database offers, and the measures that run on them.</summary>
    public static IResult ListDatasets() => TypedResults.Ok(new { datasets = AnalysisDatasets.All, measures = AnalysisRequest.Measures });

    /// <summary>Runs a measure (lq, rca, hhi, krugman, entropy, gini, hoover…) on a dataset; format=csv downloads the long table.</summary>
    public static async Task<IResult> RunAsync(string? dataset, string? measure, string? year, string? threshold, string? variant, string? format,
        AnalysisDatasets datasets, CancellationToken ct)
    {
        var q = new QueryParameters();
        var request = new AnalysisRequest(dataset ?? AnalysisDatasets.All[0].Code, measure ?? "lq", q.Int("year", year, 1949, 2100),
            q.Double("threshold", threshold, 0, double.MaxValue) ?? 1, variant);
        foreach (var (key, value) in request.Validate())
        {
            q.Errors.TryAdd(key, value);
        }

        if (format is not (null or "json" or "csv" or "xlsx"))
        {
            q.Errors["format"] = [$"format '{format}' is not offered; use json, csv or xlsx."];
        }

        if (q.HasErrors)
        {
            return q.Problem();
        }

        try
        {
            var (table, usedYear, data) = await request.RunAsync(datasets, chinese: false, ct);
            var name = $"{data.Code}-{request.Measure}{(usedYear is null ? "" : "-" + usedYear)}";
            if (format == "csv")
            {
                return TypedResults.File(Encoding.UTF8.GetBytes(ToCsv(table)), "text/csv", name + ".csv");
            }

            if (format == "xlsx")
            {
                return TypedResults.File(ToXlsx(table), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + ".xlsx");
            }

            var rows = table.Rows.Select(r => table.Columns.Select((c, i) => (c, v: r[i] is double d && !double.IsFinite(d) ? null : r[i])).ToDictionary(x => x.c, x => x.v));
            return TypedResults.Ok(new { dataset = data, measure = request.Measure, year = usedYear, columns = table.Columns, rows });
        }
        catch (ArgumentException e)
        {
            return TypedResults.Problem(statusCode: 400, title: "Bad analysis request", detail: e.Message);
        }
    }

    internal static byte[] ToXlsx(AnalysisTable table)
    {
        var rows = table.Rows.Select(r => table.Columns.Select((c, i) => (c, v: r[i] is double d && !double.IsFinite(d) ? null : r[i]))
            .ToDictionary(x => x.c, x => x.v));
        using var stream = new MemoryStream();
        MiniExcelLibs.MiniExcel.SaveAs(stream, rows, sheetName: "result");
        return stream.ToArray();
    }

    internal static string ToCsv(AnalysisTable table)
    {
        var text = new StringBuilder();
        text.AppendLine(string.Join(',', table.Columns));
        foreach (var row in table.Rows)
        {
            text.AppendLine(string.Join(',', row.Select(v => v switch
            {
                double d when double.IsNaN(d) => "NA",
                double d => d.ToString("R", CultureInfo.InvariantCulture),
                string s when s.Contains(',', StringComparison.Ordinal) || s.Contains('"', StringComparison.Ordinal) => "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"",
                _ => Convert.ToString(v, CultureInfo.InvariantCulture),
            })));
        }

        return text.ToString();
    }
}
