using System.Globalization;
using System.Text;
using ClusterScope.Data.Export;
using ClusterScope.Data.Registry;
using Microsoft.AspNetCore.Mvc;

namespace ClusterScope.Web.Shared;

/// <summary>Answers a zone or cluster page's download: what the page shows, with its provenance column, as CSV or XLSX.</summary>
public static class EntityDownload
{
    /// <summary>The file, or 400 naming <c>format</c> when it is neither csv nor xlsx.</summary>
    public static async Task<IActionResult> FileAsync(string? format, string name, IEnumerable<object?[]> rows)
    {
        if (format == "xlsx")
        {
            using var stream = new MemoryStream();
            await MiniExcelLibs.MiniExcel.SaveAsAsync(stream, TableWriter.Records(EntityTable.Columns, rows), sheetName: "figures");
            return new FileContentResult(stream.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet") { FileDownloadName = name + ".xlsx" };
        }

        if (format is not (null or "csv"))
        {
            return new BadRequestObjectResult(new ValidationProblemDetails(new Dictionary<string, string[]>
            {
                ["format"] = [$"format '{format}' is not offered; use csv or xlsx."],
            }));
        }

        await using var text = new StringWriter(CultureInfo.InvariantCulture);
        await TableWriter.WriteCsvAsync(text, EntityTable.Columns, rows);
        return new FileContentResult(Encoding.UTF8.GetBytes(text.ToString()), "text/csv") { FileDownloadName = name + ".csv" };
    }
}
