using ClusterScope.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace ClusterScope.Data.Intake;

/// <summary>Imports zones, clusters or enterprises through the tracked model, so the context audits every field it changes.</summary>
/// <remarks>Registry files are small (hundreds to thousands of rows), so they are read whole. A column left out of the file
/// leaves that field as it is on existing records; the <c>version</c> column the exporter writes is ignored, since the
/// database keeps it.</remarks>
internal sealed class RecordImport(ClusterScopeDbContext db, ImportReport report, ErrorLog log)
{
    public Task RunAsync(ImportKind kind, TableFile table, IProgress<(double, string)>? progress, CancellationToken ct) => kind switch
    {
        ImportKind.Zones => RunAsync(db.Zones, table, z => z.Code, progress, ct),
        ImportKind.Clusters => RunAsync(db.Clusters, table, c => c.Code, progress, ct),
        ImportKind.Enterprises => RunAsync(db.Enterprises, table, e => e.Code, progress, ct),
        ImportKind.Candidates => RunAsync(db.Candidates, table, c => c.Code, progress, ct),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Observations are imported by ObservationRows."),
    };

    private async Task RunAsync<T>(DbSet<T> set, TableFile table, Func<T, string> code, IProgress<(double, string)>? progress, CancellationToken ct)
        where T : class
    {
        var entityType = db.Model.FindEntityType(typeof(T))!;
        var columns = RecordColumn.Of(typeof(T), name => entityType.FindProperty(name)?.GetMaxLength());
        progress?.Report((0, "checking rows"));
        var parsed = Read(table, columns);
        if (parsed is null)
        {
            report.Refused = true;
            return;
        }

        var rules = await RecordRules.LoadAsync(db, ct);
        foreach (var (row, values) in parsed)
        {
            rules.Check(typeof(T), row, values, log);
        }

        report.RowsRefused = log.RefusedRows.Count;
        if (report.ErrorCount > 0 && !report.ValidRowsOnly)
        {
            report.Refused = true;
            return;
        }

        progress?.Report((0.5, "writing"));
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var existing = (await set.ToListAsync(ct)).ToDictionary(code, StringComparer.Ordinal);
        foreach (var (row, values) in parsed.Where(p => !log.RefusedRows.Contains(p.Row)))
        {
            if (!existing.TryGetValue((string)values["code"]!, out var record))
            {
                // Every required member is a required column, filled below before the record is saved.
                record = Activator.CreateInstance<T>();
                Fill(record, columns, values);
                set.Add(record);
                report.Added++;
                continue;
            }

            Fill(record, columns, values);
        }

        db.ChangeTracker.DetectChanges();
        report.Updated = db.ChangeTracker.Entries<T>().Count(e => e.State == EntityState.Modified);
        report.Unchanged = report.RowsRead - report.RowsRefused - report.Added - report.Updated;
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        await DataImporter.FinishAsync(transaction, report, ct);
        progress?.Report((1, "done"));
    }

    private static void Fill<T>(T record, List<RecordColumn> columns, Dictionary<string, object?> values)
    {
        foreach (var column in columns.Where(c => values.ContainsKey(c.Name)))
        {
            column.Property.SetValue(record, values[column.Name]);
        }
    }

    /// <summary>Reads and type-checks every row; null when the header is unusable.</summary>
    private List<(int Row, Dictionary<string, object?> Values)>? Read(TableFile table, List<RecordColumn> columns)
    {
        var rows = new List<(int, Dictionary<string, object?>)>();
        var firstRow = new Dictionary<string, int>(StringComparer.Ordinal);
        int[] index = [];
        foreach (var (row, cells) in table.Rows())
        {
            if (row == 1)
            {
                index = [.. columns.Select(c => Array.IndexOf(cells, c.Name))];
                foreach (var missing in columns.Where((c, i) => c.Required && index[i] < 0))
                {
                    log.File(1, missing.Name, ErrorText.MissingColumn(missing.Name, columns.Select(c => c.Name)));
                }

                if (log.FileRefused)
                {
                    return null;
                }

                continue;
            }

            report.RowsRead++;
            var values = new Dictionary<string, object?>(StringComparer.Ordinal);
            for (var i = 0; i < columns.Count; i++)
            {
                if (index[i] < 0)
                {
                    continue;
                }

                var text = index[i] < cells.Length ? cells[index[i]] : null;
                if (columns[i].TryParse(text, out var value, out var error))
                {
                    values[columns[i].Name] = value;
                }
                else
                {
                    log.Row(row, columns[i].Name, error);
                }
            }

            if (values.TryGetValue("code", out var code) && code is string key && !firstRow.TryAdd(key, row))
            {
                log.Row(row, "code", ErrorText.DuplicateInFile($"code '{key}'", firstRow[key]));
            }

            rows.Add((row, values));
        }

        if (index.Length == 0)
        {
            log.File(1, string.Empty, ErrorText.NoHeader());
            return null;
        }

        return rows;
    }
}
