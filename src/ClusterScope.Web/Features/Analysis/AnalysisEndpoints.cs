using System.Globalization;
using System.Text;
using ClusterScope.Data.Analysis;
using ClusterScope.Data.Export;
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

    /// <summary>Runs a measure of the catalogue (lq, rca, hhi, theil, shiftshare, reflections…) on a dataset with its options
    /// (variant, convention, by, proximity, steps, group); format=csv downloads the long table.</summary>
    public static async Task<IResult> RunAsync(string? dataset, string? measure, string? year, string? threshold, string? variant, string? format,
        string? convention, string? by, string? proximity, string? steps, string? group, AnalysisDatasets datasets, CancellationToken ct)
    {
        var q = new QueryParameters();
        var request = new AnalysisRequest(dataset ?? AnalysisDatasets.All[0].Code, measure ?? "lq", q.Int("year", year, 1949, 2100),
            q.Double("threshold", threshold, 0, double.MaxValue) ?? 1, variant, convention, by, proximity, q.Int("steps", steps, 0, 1000), group);
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
                await using var text = new StringWriter(CultureInfo.InvariantCulture);
                var (columns, coded) = AnalysisExport.WithCodes(table);
                await TableWriter.WriteCsvAsync(text, columns, coded);
                return TypedResults.File(Encoding.UTF8.GetBytes(text.ToString()), "text/csv", name + ".csv");
            }

            if (format == "xlsx")
            {
                return TypedResults.File(AnalysisExport.ToXlsx(table, AnalysisExport.Metadata(request, data, usedYear)), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + ".xlsx");
            }

            var rows = TableWriter.Records(table.Columns, table.Rows);
            return TypedResults.Ok(new { dataset = data, measure = request.Measure, year = usedYear, columns = table.Columns, rows });
        }
        catch (ArgumentException e)
        {
            return TypedResults.Problem(statusCode: 400, title: "Bad analysis request", detail: e.Message);
        }
    }
}
