using System.Data.Common;
using ClusterScope.Domain.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace ClusterScope.Data.Intake;

/// <summary>Writes staged observations set-based: rows go into a temporary table (binary COPY on PostgreSQL, one prepared
/// insert per row on SQLite), then a few INSERT … SELECT and UPDATE … FROM statements merge them.</summary>
/// <remarks>Runs inside the caller's transaction. Before a value changes, its old value, status, provenance and source are
/// copied to <c>ObservationRevisions</c>, and each changed field gets an audit entry as <see cref="Auditing.AuditRecorder"/>
/// would write it; new observations get one summary audit entry with their count, as bulk loads do.</remarks>
internal static class ObservationMerge
{
    private const string Staging = "cs_import_observations";

    private const string Changed = "cs_import_changed";

    private static readonly (string Field, string Column, bool Number)[] AuditedFields =
        [("Value", "value", true), ("Status", "status", false), ("Provenance", "provenance", false), ("Source", "source", false)];

    private static readonly string[] StagingParameters = ["k", "e", "i", "p", "v", "s", "r", "src"];

    private const string Join = $"""
        o."EntityKind" = s.entity_kind AND o."EntityCode" = s.entity_code AND o."IndicatorCode" = s.indicator_code AND o."Period" = s.period
        """;

    public static async Task<(int Added, int Updated)> RunAsync(ClusterScopeDbContext db, IEnumerable<StagedObservation> rows,
        string importName, Action<int> staged, CancellationToken ct)
    {
        var postgres = db.Database.IsNpgsql();
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("The merge must run inside a transaction.");
        await ExecuteAsync(connection, transaction, postgres
            ? $"CREATE TEMP TABLE {Staging} (entity_kind text, entity_code text, indicator_code text, period text, value float8, status text, provenance text, source text) ON COMMIT DROP"
            : $"DROP TABLE IF EXISTS temp.{Staging}; CREATE TEMP TABLE {Staging} (entity_kind TEXT, entity_code TEXT, indicator_code TEXT, period TEXT, value REAL, status TEXT, provenance TEXT, source TEXT)",
            [], ct);
        if (postgres)
        {
            await CopyAsync((NpgsqlConnection)connection, rows, staged, ct);
        }
        else
        {
            await InsertAsync(connection, transaction, rows, staged, ct);
        }

        await ExecuteAsync(connection, transaction, postgres ? $"ANALYZE {Staging}" : "SELECT 1", [], ct);

        var distinct = postgres ? "IS DISTINCT FROM" : "IS NOT";
        var changed = $"""(o."Value" <> s.value OR o."Status" <> s.status OR o."Provenance" <> s.provenance OR o."Source" {distinct} s.source)""";
        (string, object?)[] parameters = [("now", DateTime.UtcNow), ("actor", db.Audit.Actor), ("origin", db.Audit.Origin), ("import", importName)];
        // The changed rows are found with one join and kept aside; the revisions, audit entries and update then read them
        // (the update by primary key) instead of joining the whole table four more times.
        await ExecuteAsync(connection, transaction, $"""
            {(postgres ? $"CREATE TEMP TABLE {Changed} ON COMMIT DROP AS" : $"DROP TABLE IF EXISTS temp.{Changed}; CREATE TEMP TABLE {Changed} AS")}
            SELECT o."Id" AS id, o."Value" AS old_value, o."Status" AS old_status, o."Provenance" AS old_provenance, o."Source" AS old_source,
                   s.value, s.status, s.provenance, s.source,
                   substr(s.entity_kind || ':' || s.entity_code || ':' || s.indicator_code || ':' || s.period, 1, 96) AS audit_code
            FROM "Observations" o JOIN {Staging} s ON {Join} WHERE {changed}
            """, [], ct);
        await ExecuteAsync(connection, transaction, $"""
            INSERT INTO "ObservationRevisions" ("ObservationId", "OldValue", "OldStatus", "OldProvenance", "OldSource", "ReplacedAtUtc", "ReplacedBy", "ImportName")
            SELECT id, old_value, old_status, old_provenance, old_source, @now, @actor, @import FROM {Changed}
            """, parameters, ct);
        foreach (var (field, column, number) in AuditedFields)
        {
            var oldText = number ? NumberText(postgres, $"old_{column}") : $"old_{column}";
            var newText = number ? NumberText(postgres, column) : column;
            var differs = field == "Source" ? $"old_source {distinct} source" : $"old_{column} <> {column}";
            await ExecuteAsync(connection, transaction, $"""
                INSERT INTO "AuditEntries" ("AtUtc", "Actor", "Origin", "EntityType", "EntityCode", "Action", "Field", "OldValue", "NewValue")
                SELECT @now, @actor, @origin, 'Observation', audit_code, 'Updated', '{field}', {oldText}, {newText}
                FROM {Changed} WHERE {differs}
                """, parameters, ct);
        }

        var updated = await ExecuteAsync(connection, transaction, $"""
            UPDATE "Observations" AS o SET "Value" = c.value, "Status" = c.status, "Provenance" = c.provenance, "Source" = c.source
            FROM {Changed} AS c WHERE o."Id" = c.id
            """, [], ct);
        var added = await ExecuteAsync(connection, transaction, $"""
            INSERT INTO "Observations" ("EntityKind", "EntityCode", "IndicatorCode", "Period", "Value", "Status", "Provenance", "Source")
            SELECT s.entity_kind, s.entity_code, s.indicator_code, s.period, s.value, s.status, s.provenance, s.source
            FROM {Staging} s WHERE NOT EXISTS (SELECT 1 FROM "Observations" o WHERE {Join})
            """, [], ct);
        if (added > 0)
        {
            await ExecuteAsync(connection, transaction, """
                INSERT INTO "AuditEntries" ("AtUtc", "Actor", "Origin", "EntityType", "EntityCode", "Action", "Field", "OldValue", "NewValue")
                VALUES (@now, @actor, @origin, 'Observation', '*', 'Created', NULL, NULL, @count)
                """, [.. parameters, ("count", $"{added} records")], ct);
        }

        if (!postgres)
        {
            await ExecuteAsync(connection, transaction, $"DROP TABLE temp.{Staging}; DROP TABLE temp.{Changed}", [], ct);
        }

        return (added, updated);
    }

    // SQLite writes a whole REAL as "11.0"; the audit writes numbers as .NET does ("11"), as the context's own entries do.
    private static string NumberText(bool postgres, string column) => postgres
        ? $"CAST({column} AS TEXT)"
        : $"CASE WHEN {column} = CAST({column} AS INTEGER) THEN CAST(CAST({column} AS INTEGER) AS TEXT) ELSE CAST({column} AS TEXT) END";

    private static async Task CopyAsync(NpgsqlConnection connection, IEnumerable<StagedObservation> rows, Action<int> staged, CancellationToken ct)
    {
        var count = 0;
        await using var writer = await connection.BeginBinaryImportAsync(
            $"COPY {Staging} (entity_kind, entity_code, indicator_code, period, value, status, provenance, source) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var row in rows)
        {
            await writer.StartRowAsync(ct);
            await writer.WriteAsync(KindName(row.Kind), NpgsqlDbType.Text, ct);
            await writer.WriteAsync(row.EntityCode, NpgsqlDbType.Text, ct);
            await writer.WriteAsync(row.IndicatorCode, NpgsqlDbType.Text, ct);
            await writer.WriteAsync(row.Period, NpgsqlDbType.Text, ct);
            await writer.WriteAsync(row.Value, NpgsqlDbType.Double, ct);
            await writer.WriteAsync(StatusName(row.Status), NpgsqlDbType.Text, ct);
            await writer.WriteAsync(ProvenanceName(row.Provenance), NpgsqlDbType.Text, ct);
            if (row.Source is null)
            {
                await writer.WriteNullAsync(ct);
            }
            else
            {
                await writer.WriteAsync(row.Source, NpgsqlDbType.Text, ct);
            }

            if ((++count & 0xFFFF) == 0)
            {
                staged(count);
            }
        }

        await writer.CompleteAsync(ct);
    }

    private static async Task InsertAsync(DbConnection connection, DbTransaction transaction, IEnumerable<StagedObservation> rows, Action<int> staged, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO {Staging} VALUES (@k, @e, @i, @p, @v, @s, @r, @src)";
        var parameters = StagingParameters.Select(name =>
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@" + name;
            command.Parameters.Add(parameter);
            return parameter;
        }).ToArray();
        await command.PrepareAsync(ct);
        var count = 0;
        foreach (var row in rows)
        {
            parameters[0].Value = KindName(row.Kind);
            parameters[1].Value = row.EntityCode;
            parameters[2].Value = row.IndicatorCode;
            parameters[3].Value = row.Period;
            parameters[4].Value = row.Value;
            parameters[5].Value = StatusName(row.Status);
            parameters[6].Value = ProvenanceName(row.Provenance);
            parameters[7].Value = (object?)row.Source ?? DBNull.Value;
            await command.ExecuteNonQueryAsync(ct);
            if ((++count & 0x3FFF) == 0)
            {
                staged(count);
            }
        }
    }

    private static async Task<int> ExecuteAsync(DbConnection connection, DbTransaction transaction, string sql, (string Name, object? Value)[] parameters, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.CommandTimeout = 600;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@" + name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return await command.ExecuteNonQueryAsync(ct);
    }

    // Cached names: Enum.ToString allocates a new string on every call, a million times over.
    private static readonly string[] Kinds = Enum.GetNames<EntityKind>();
    private static readonly string[] Statuses = Enum.GetNames<ObservationStatus>();
    private static readonly string[] Provenances = Enum.GetNames<Provenance>();

    private static string KindName(EntityKind kind) => Kinds[(int)kind];

    private static string StatusName(ObservationStatus status) => Statuses[(int)status];

    private static string ProvenanceName(Provenance provenance) => Provenances[(int)provenance];
}
