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
        return "data:text/csv;charset=utf-8;base64," + Convert.ToBase64String(Bytes(writer.ToString()));
    }

    /// <summary>CSV text as UTF-8 bytes with a BOM, so that Excel reads the Chinese correctly.</summary>
    public static byte[] Bytes(string csv) =>
        [.. System.Text.Encoding.UTF8.GetPreamble(), .. System.Text.Encoding.UTF8.GetBytes(csv)];
}
