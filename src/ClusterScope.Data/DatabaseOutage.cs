using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace ClusterScope.Data;

/// <summary>Tells a database that cannot be reached or opened just now from a fault of the request or of the code.</summary>
public static class DatabaseOutage
{
    // SQLite result codes (sqlite.org/rescode.html) that mean the file cannot be used, not that the statement is wrong.
    private const int Busy = 5, Locked = 6, IoError = 10, Corrupt = 11, Full = 13, CantOpen = 14, NotADatabase = 26;

    /// <summary>Whether <paramref name="exception"/>, or one it wraps, says the database is unavailable: PostgreSQL
    /// unreachable, shutting down, out of connections or without the app's database, or the SQLite file missing, locked,
    /// damaged or unreadable.</summary>
    /// <remarks>Npgsql marks most such failures as transient (connection refused, timeouts, SQL states 57P01-57P03, 53300);
    /// a database that does not exist (3D000) is not transient but is just as much out of the app's hands. SQLite is judged
    /// by its result code. Constraint violations, concurrency conflicts and SQL errors are not outages.</remarks>
    public static bool IsOutage(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is SqliteException sqlite
                    ? sqlite.SqliteErrorCode is Busy or Locked or IoError or Corrupt or Full or CantOpen or NotADatabase
                    : e is DbException { IsTransient: true } or Npgsql.PostgresException { SqlState: "3D000" })
            {
                return true;
            }
        }

        return false;
    }
}
