using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ClusterScope.Data.Tests;

public sealed class DatabaseOutageTests
{
    public static TheoryData<Exception> Outages =>
    [
        new SqliteException("unable to open database file", 14),
        new SqliteException("file is not a database", 26),
        new SqliteException("database is locked", 5),
        new NpgsqlException("Failed to connect to 127.0.0.1:1", new SocketException((int)SocketError.ConnectionRefused)),
        new PostgresException("terminating connection due to administrator command", "FATAL", "FATAL", "57P01"),
        new PostgresException("database \"cs\" does not exist", "FATAL", "FATAL", "3D000"),
        new DbUpdateException("An error occurred while saving.", new SqliteException("disk I/O error", 10)),
    ];

    public static TheoryData<Exception> NotOutages =>
    [
        new SqliteException("UNIQUE constraint failed: Zones.Code", 19),
        new SqliteException("no such column: x", 1),
        new PostgresException("duplicate key value violates unique constraint", "ERROR", "ERROR", "23505"),
        new DbUpdateConcurrencyException("The row was changed."),
        new InvalidOperationException("Sequence contains no elements"),
    ];

    [Theory]
    [MemberData(nameof(Outages))]
    public void An_unreachable_or_unusable_database_is_an_outage(Exception exception) => Assert.True(DatabaseOutage.IsOutage(exception));

    [Theory]
    [MemberData(nameof(NotOutages))]
    public void A_fault_of_the_statement_or_the_code_is_not(Exception exception) => Assert.False(DatabaseOutage.IsOutage(exception));
}
