using ClusterScope.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace ClusterScope.Data.Intake;

/// <summary>Imports CSV and XLSX files of observations, zones, clusters and enterprises, in the columns
/// <see cref="Export.CsvExporter"/> writes.</summary>
/// <remarks>The whole file is validated before anything is written, and every error is reported with its row and column.
/// A file with errors is refused, unless <see cref="ImportOptions.ValidRowsOnly"/> asks for its valid rows; either way the
/// writes happen in one transaction. Re-importing a file changes nothing; a changed observation keeps its earlier value as an
/// <see cref="ObservationRevision"/>. Observation files are streamed twice (validate, then write), so memory stays bounded
/// by the number of distinct keys, not the file's size. Changes are audited under <see cref="ClusterScopeDbContext.Audit"/>
/// with the import's name as the origin.</remarks>
public sealed class DataImporter(ClusterScopeDbContext db, IntakeLimits limits)
{
    /// <summary>The kinds, as the CLI and API name them.</summary>
    public static readonly IReadOnlyList<string> Kinds = [.. Enum.GetNames<ImportKind>().Select(n => n.ToLowerInvariant())];

    /// <summary>Parses a kind name (observations, zones, clusters, enterprises).</summary>
    public static bool TryParseKind(string? text, out ImportKind kind) => CellParser.TryEnum(text, out kind);

    /// <summary>Parses a kind name.</summary>
    /// <exception cref="ArgumentException">Not one of <see cref="Kinds"/>.</exception>
    public static ImportKind ParseKind(string? text) => TryParseKind(text, out var kind)
        ? kind
        : throw new ArgumentException($"Unknown kind '{text}'; use one of: {string.Join(", ", Kinds)}.", nameof(text));

    /// <summary>Validates <paramref name="path"/> and, unless refused or a dry run, writes it.</summary>
    /// <param name="kind">What the file holds.</param>
    /// <param name="path">A <c>.csv</c> or <c>.xlsx</c> file (XLSX is also recognised by its content).</param>
    /// <param name="options">Dry run, valid rows only, and the import's name.</param>
    /// <param name="progress">Receives the fraction done (0..1) and the current step.</param>
    /// <param name="ct">Cancels the import; nothing is written then.</param>
    /// <exception cref="FileNotFoundException">No such file.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="ct"/> was cancelled (for a web request: the client left).</exception>
    public async Task<ImportReport> ImportAsync(ImportKind kind, string path, ImportOptions options,
        IProgress<(double Fraction, string Step)>? progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"No file '{path}'.", path);
        }

        var name = options.Name ?? Path.GetFileName(path);
        var report = new ImportReport { File = name, Kind = kind, DryRun = options.DryRun, ValidRowsOnly = options.ValidRowsOnly };
        var (actor, channel, started) = (db.Audit.Actor, db.Audit.Origin, DateTime.UtcNow);
        db.Audit = db.Audit with { Origin = $"import {name}" };
        var log = new ErrorLog(report);
        var table = new TableFile(path, limits);
        try
        {
            if (kind == ImportKind.Observations)
            {
                await ImportObservationsAsync(table, report, log, name, progress, ct);
            }
            else
            {
                await new RecordImport(db, report, log).RunAsync(kind, table, progress, ct);
            }
        }
        catch (UnreadableFileException e)
        {
            log.File(e.Row, string.Empty, (e.Message, e.MessageZh));
            report.Refused = true;
        }

        if (!options.DryRun)
        {
            await RecordAsync(report, actor, channel, started, ct);
        }

        return report;
    }

    /// <summary>Keeps the run in the import history, refused or not.</summary>
    private async Task RecordAsync(ImportReport report, string actor, string channel, DateTime started, CancellationToken ct)
    {
        string? errors = null;
        if (report.ErrorCount > 0)
        {
            await using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
            await report.WriteErrorsCsvAsync(writer, Domain.Intake.ImportRecord.MaxErrorsKept);
            errors = writer.ToString();
        }

        // What the import tracked is saved or refused by now; the record must not carry a refused file's rows with it.
        db.ChangeTracker.Clear();
        db.ImportRecords.Add(new Domain.Intake.ImportRecord
        {
            Kind = report.Kind.ToString().ToLowerInvariant(), FileName = report.File, Actor = actor, Channel = channel, StartedAt = started,
            DurationMs = (long)(DateTime.UtcNow - started).TotalMilliseconds, ValidRowsOnly = report.ValidRowsOnly, Refused = report.Refused,
            RowsRead = report.RowsRead, Added = report.Added, Updated = report.Updated, Unchanged = report.Unchanged,
            RowsRefused = report.RowsRefused, ErrorCount = report.ErrorCount, ErrorsCsv = errors,
        });
        await db.SaveChangesAsync(CancellationToken.None);
    }

    private async Task ImportObservationsAsync(TableFile table, ImportReport report, ErrorLog log, string name,
        IProgress<(double, string)>? progress, CancellationToken ct)
    {
        var rows = await ObservationRows.LoadAsync(db, ct);
        progress?.Report((0, "checking rows"));
        var headerRead = false;
        foreach (var (row, cells) in table.Rows(ct))
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
            rows.TryParse(row, cells, log, checkDuplicates: true, out _);
            if ((row & 0xFFFF) == 0)
            {
                progress?.Report((0.4 * table.Fraction, $"checked {report.RowsRead:N0} rows"));
            }
        }

        if (!headerRead)
        {
            log.File(1, string.Empty, ErrorText.NoHeader());
        }

        report.RowsRefused = log.RefusedRows.Count;
        if (log.FileRefused || (report.ErrorCount > 0 && !report.ValidRowsOnly))
        {
            report.Refused = true;
            return;
        }

        progress?.Report((0.4, "staging rows"));
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var (added, updated) = await ObservationMerge.RunAsync(db, ValidRows(table, rows, log.RefusedRows, ct), name,
            count => progress?.Report((0.4 + (0.4 * table.Fraction), $"staged {count:N0} rows")), ct);
        report.Added = added;
        report.Updated = updated;
        report.Unchanged = report.RowsRead - report.RowsRefused - added - updated;
        progress?.Report((0.95, "merged"));
        await FinishAsync(transaction, report, ct);
        progress?.Report((1, "done"));
    }

    private static IEnumerable<StagedObservation> ValidRows(TableFile table, ObservationRows rows, IReadOnlySet<int> refused, CancellationToken ct)
    {
        foreach (var (row, cells) in table.Rows(ct))
        {
            if (row > 1 && !refused.Contains(row) && rows.TryParse(row, cells, null, checkDuplicates: false, out var observation))
            {
                yield return observation;
            }
        }
    }

    internal static async Task FinishAsync(Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction transaction, ImportReport report, CancellationToken ct)
    {
        // A dry run does all the work, so its counts are exact, and then rolls it back.
        if (report.DryRun)
        {
            await transaction.RollbackAsync(ct);
            return;
        }

        await transaction.CommitAsync(ct);
        report.Written = true;
    }
}
