using System.Globalization;
using ClusterScope.Domain.Registry;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace ClusterScope.Data.Intake;

/// <summary>Import files with the expected columns and example rows drawn from the database, as CSV or XLSX.</summary>
/// <remarks>The example rows are rows the database holds (a zone's, cluster's or enterprise's record as the exporter writes it;
/// for observations, the latest figure of a cluster and of a zone), so every code in them exists and a file imported unchanged
/// changes nothing. Only an empty database falls back to illustrative rows.</remarks>
public sealed class ImportTemplates(ClusterScopeDbContext db)
{
    /// <summary>The columns of <paramref name="kind"/>, in the exporter's order.</summary>
    public static IReadOnlyList<string> Columns(ImportKind kind) => kind switch
    {
        ImportKind.Observations => ObservationRows.Columns,
        ImportKind.Zones => Names(typeof(DevelopmentZone)),
        ImportKind.Clusters => Names(typeof(Cluster)),
        ImportKind.Candidates => Names(typeof(Domain.Chains.Candidate)),
        _ => Names(typeof(Enterprise)),
    };

    /// <summary>The example rows of <paramref name="kind"/>, one cell per column, taken from <paramref name="zone"/> when it is
    /// given (a zone manager's own zone) or else from the first zone that has them.</summary>
    public async Task<IReadOnlyList<string?[]>> ExamplesAsync(ImportKind kind, string? zone, CancellationToken ct)
    {
        var rows = kind switch
        {
            ImportKind.Observations => await ObservationExamplesAsync(zone, ct),
            ImportKind.Zones => Record(await db.Zones.AsNoTracking().Where(z => zone == null || z.Code == zone).OrderBy(z => z.Code).FirstOrDefaultAsync(ct)),
            ImportKind.Clusters => Record(await db.Clusters.AsNoTracking().Where(c => zone == null || c.ZoneCode == zone).OrderBy(c => c.Code).FirstOrDefaultAsync(ct)),
            ImportKind.Candidates => Record(await db.Candidates.AsNoTracking().OrderBy(c => c.Code).FirstOrDefaultAsync(ct)),
            _ => Record(await db.Enterprises.AsNoTracking().Where(e => zone == null || e.ZoneCode == zone).OrderBy(e => e.Code).FirstOrDefaultAsync(ct)),
        };
        return rows.Count > 0 || zone is null ? rows : await ExamplesAsync(kind, null, ct);
    }

    /// <summary>Writes the template as UTF-8 CSV with a BOM, so that Excel opens the Chinese text correctly.</summary>
    public async Task WriteCsvAsync(ImportKind kind, string? zone, Stream stream, CancellationToken ct)
    {
        var examples = await ExamplesAsync(kind, zone, ct);
        await using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(true), leaveOpen: true);
        await using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture, leaveOpen: true);
        foreach (var row in examples.Prepend([.. Columns(kind)]))
        {
            foreach (var cell in row)
            {
                csv.WriteField(Export.CsvCell.Text(cell));
            }

            await csv.NextRecordAsync();
        }
    }

    /// <summary>Writes the template as an XLSX workbook with one sheet.</summary>
    public async Task WriteXlsxAsync(ImportKind kind, string? zone, Stream stream, CancellationToken ct)
    {
        var columns = Columns(kind);
        var examples = await ExamplesAsync(kind, zone, ct);
        var rows = examples.Select(row => columns.Select((c, i) => (c, (object?)row[i])).ToDictionary(p => p.c, p => p.Item2)).ToList();
        if (rows.Count == 0)
        {
            rows.Add(columns.ToDictionary(c => c, _ => (object?)null));
        }

        await MiniExcel.SaveAsAsync(stream, rows, sheetName: kind.ToString().ToLowerInvariant(), excelType: ExcelType.XLSX, cancellationToken: ct);
    }

    private async Task<List<string?[]>> ObservationExamplesAsync(string? zone, CancellationToken ct)
    {
        var rows = new List<string?[]>();
        var cluster = await db.Clusters.AsNoTracking().Where(c => zone == null || c.ZoneCode == zone).OrderBy(c => c.Code)
            .Select(c => c.Code).FirstOrDefaultAsync(ct);
        var zoneCode = zone ?? await db.Zones.AsNoTracking().OrderBy(z => z.Code).Select(z => z.Code).FirstOrDefaultAsync(ct);
        foreach (var (kind, code) in new[] { (EntityKind.Cluster, cluster), (EntityKind.Zone, zoneCode) })
        {
            var latest = code is null ? null : (await db.Observations.AsNoTracking().Where(o => o.EntityKind == kind && o.EntityCode == code).ToListAsync(ct))
                .OrderByDescending(o => o.Period, StringComparer.Ordinal).ThenBy(o => o.IndicatorCode, StringComparer.Ordinal).FirstOrDefault();
            if (latest is not null)
            {
                rows.Add([latest.EntityKind.ToString(), latest.EntityCode, latest.IndicatorCode, latest.Period,
                    latest.Value.ToString("R", CultureInfo.InvariantCulture), latest.Status.ToString(), latest.Provenance.ToString(), latest.Source]);
            }
        }

        return rows;
    }

    /// <summary>One record as the exporter writes it, in <see cref="Columns"/> order; none for no record.</summary>
    private static List<string?[]> Record(object? entity) => entity is null ? [] :
        [[.. RecordColumn.Of(entity.GetType(), _ => null).Select(c => Export.CsvExporter.Invariant(c.Property.GetValue(entity)))]];

    private static string[] Names(Type type) => [.. RecordColumn.Of(type, _ => null).Select(c => c.Name)];
}
