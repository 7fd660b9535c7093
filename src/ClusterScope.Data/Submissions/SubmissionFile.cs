using ClusterScope.Data.Access;
using ClusterScope.Data.Intake;
using ClusterScope.Domain.Registry;
using ClusterScope.Domain.Submissions;

namespace ClusterScope.Data.Submissions;

/// <summary>Reads a zone's observation file with the importer's checks, plus one: every row must belong to the chosen zone.</summary>
/// <remarks>The file is read once; a submission file is one zone's figures, so it stays small.</remarks>
internal static class SubmissionFile
{
    public static async Task<(ImportReport Report, List<SubmissionFigure> Figures)> ReadAsync(ClusterScopeDbContext db, ZoneOwnership ownership,
        SubmissionUser user, string zoneCode, string path, string name, IntakeLimits limits, CancellationToken ct)
    {
        var report = new ImportReport { File = name, Kind = ImportKind.Observations, DryRun = true };
        var log = new ErrorLog(report);
        var figures = new List<SubmissionFigure>();
        try
        {
            var rows = await ObservationRows.LoadAsync(db, ct);
            var zones = new Dictionary<(EntityKind, string), string?>();
            var headerRead = false;
            foreach (var (row, cells) in new TableFile(path, limits).Rows(ct))
            {
                if (row == 1)
                {
                    headerRead = true;
                    if (!rows.ReadHeader(cells, log))
                    {
                        break;
                    }

                    continue;
                }

                report.RowsRead++;
                if (!rows.TryParse(row, cells, log, checkDuplicates: true, out var o))
                {
                    continue;
                }

                if (!zones.TryGetValue((o.Kind, o.EntityCode), out var zone))
                {
                    zone = await ownership.ZoneOfAsync(o.Kind, o.EntityCode, ct);
                    zones[(o.Kind, o.EntityCode)] = zone;
                }

                if (zone != zoneCode)
                {
                    log.Row(row, "entity_code", zone is null ? ErrorText.NoZone(o.EntityCode)
                        : user.Reports(zone) ? ErrorText.OtherZone(o.EntityCode, zone, zoneCode) : ErrorText.NotYourZone(o.EntityCode, zone));
                    continue;
                }

                figures.Add(new SubmissionFigure
                {
                    Row = row, EntityKind = o.Kind, EntityCode = o.EntityCode, IndicatorCode = o.IndicatorCode, Period = o.Period,
                    Value = o.Value, Status = o.Status, Provenance = o.Provenance, Source = o.Source,
                });
            }

            if (!headerRead)
            {
                log.File(1, string.Empty, ErrorText.NoHeader());
            }
            else if (report.RowsRead == 0 && report.ErrorCount == 0)
            {
                log.File(2, string.Empty, ErrorText.NoFigures());
            }
        }
        catch (UnreadableFileException e)
        {
            log.File(e.Row, string.Empty, (e.Message, e.MessageZh));
        }

        report.RowsRefused = log.RefusedRows.Count;
        report.Refused = report.ErrorCount > 0;
        return (report, report.Refused ? [] : figures);
    }
}
