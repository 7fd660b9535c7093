using ClusterScope.Data.Intake;

namespace ClusterScope.Web.Shared;

/// <summary>An error report as a CSV download carried in the page itself, so nothing of a refused file is stored.</summary>
public static class ErrorCsv
{
    /// <summary>The report's errors as a <c>data:</c> URI of UTF-8 CSV with a BOM (Excel then reads the Chinese correctly).</summary>
    public static async Task<string> DataUriAsync(ImportReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        await using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        await report.WriteErrorsCsvAsync(writer);
        var bytes = System.Text.Encoding.UTF8.GetPreamble().Concat(System.Text.Encoding.UTF8.GetBytes(writer.ToString())).ToArray();
        return "data:text/csv;charset=utf-8;base64," + Convert.ToBase64String(bytes);
    }
}
