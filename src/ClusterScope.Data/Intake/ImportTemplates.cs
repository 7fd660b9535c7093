using System.Globalization;
using ClusterScope.Domain.Registry;
using CsvHelper;
using MiniExcelLibs;

namespace ClusterScope.Data.Intake;

/// <summary>Empty import files with the expected columns and example rows, as CSV or XLSX.</summary>
/// <remarks>The example rows are illustrations: their codes follow the default data set's conventions, but the rows must be
/// replaced before import.</remarks>
public static class ImportTemplates
{
    /// <summary>The columns of <paramref name="kind"/>, in the exporter's order.</summary>
    public static IReadOnlyList<string> Columns(ImportKind kind) => kind switch
    {
        ImportKind.Observations => ObservationRows.Columns,
        ImportKind.Zones => Names(typeof(DevelopmentZone)),
        ImportKind.Clusters => Names(typeof(Cluster)),
        _ => Names(typeof(Enterprise)),
    };

    /// <summary>The example rows of <paramref name="kind"/>, one cell per column.</summary>
    public static IReadOnlyList<string?[]> Examples(ImportKind kind) => kind switch
    {
        ImportKind.Observations =>
        [
            ["Cluster", "22101001-auto", "cluster_output", "2023", "1234.5", "Reported", "Real", "Changchun statistics bureau, 2024 yearbook"],
            ["Zone", "22101001", "zone_industrial_output", "2023-Q3", "456.78", "Reported", "Real", "zone quarterly report"],
        ],
        ImportKind.Zones =>
        [
            ["22101001", "长春经济技术开发区", "Changchun Economic and Technological Development Zone", "National", "101", "国家级经济技术开发区",
             "National economic and technological development zone", "220100", null, "1993-04-01", "1000", "汽车、装备制造", "automobiles; equipment",
             "None", "G221001", "125.4", "43.9"],
        ],
        ImportKind.Clusters => [["22101001-auto", "22101001", "auto", "长春经开区汽车产业集群", "Changchun ETDZ automobile cluster", "Real"]],
        _ =>
        [
            ["E0001", "91220101MA00000013", "示例企业", "Example enterprise", "private", "Medium", "C36", "automobile manufacturing",
             "22101001", "22101001-auto", "false", "true", "false", "Real", "enterprise register"],
        ],
    };

    /// <summary>Writes the template as UTF-8 CSV with a BOM, so that Excel opens the Chinese text correctly.</summary>
    public static async Task WriteCsvAsync(ImportKind kind, Stream stream)
    {
        await using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(true), leaveOpen: true);
        await using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture, leaveOpen: true);
        foreach (var row in Examples(kind).Prepend([.. Columns(kind)]))
        {
            foreach (var cell in row)
            {
                csv.WriteField(cell);
            }

            await csv.NextRecordAsync();
        }
    }

    /// <summary>Writes the template as an XLSX workbook with one sheet.</summary>
    public static async Task WriteXlsxAsync(ImportKind kind, Stream stream)
    {
        var columns = Columns(kind);
        var rows = Examples(kind).Select(row => columns.Select((c, i) => (c, (object?)row[i])).ToDictionary(p => p.c, p => p.Item2)).ToList();
        await MiniExcel.SaveAsAsync(stream, rows, sheetName: kind.ToString().ToLowerInvariant(), excelType: ExcelType.XLSX);
    }

    private static string[] Names(Type type) => [.. RecordColumn.Of(type, _ => null).Select(c => c.Name)];
}
