using Microsoft.Extensions.Configuration;

namespace ClusterScope.Data;

/// <summary>Which database to use, read from the same settings by the web app and the CLI.</summary>
/// <param name="Provider"><c>sqlite</c> (default) or <c>postgres</c>, from <c>Database:Provider</c>.</param>
/// <param name="ConnectionString">From <c>ConnectionStrings:ClusterScope</c>; default <c>Data Source=clusterscope.db</c>.</param>
public sealed record DatabaseSettings(string Provider, string ConnectionString)
{
    /// <summary>The SQLite file used when nothing is configured.</summary>
    public const string DefaultConnectionString = "Data Source=clusterscope.db";

    /// <summary>Reads the settings and checks the provider name.</summary>
    /// <exception cref="InvalidOperationException">The provider is neither sqlite nor postgres.</exception>
    public static DatabaseSettings From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var provider = (configuration["Database:Provider"] ?? "sqlite").Trim().ToLowerInvariant();
        if (provider is "postgresql" or "npgsql")
        {
            provider = "postgres";
        }

        if (provider is not ("sqlite" or "postgres"))
        {
            throw new InvalidOperationException($"Database:Provider is '{configuration["Database:Provider"]}'; use 'sqlite' or 'postgres'.");
        }

        var connection = configuration.GetConnectionString("ClusterScope");
        return new DatabaseSettings(provider, string.IsNullOrWhiteSpace(connection) ? DefaultConnectionString : connection);
    }

    /// <summary>The provider and the connection string with every secret hidden, for messages and logs.</summary>
    /// <remarks>The provider's own builder reads the string, so every spelling it accepts (<c>Password</c>, <c>Pwd</c>,
    /// <c>PSW</c>, any case, quoted values holding <c>;</c>) is found; a string it cannot read is not shown at all, since
    /// where a secret ends in it is unknown.</remarks>
    public string Describe()
    {
        try
        {
            return $"{Provider}: {(Provider == "postgres" ? MaskPostgres(ConnectionString) : MaskSqlite(ConnectionString))}";
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidOperationException)
        {
            return $"{Provider}: (connection string not shown: it could not be read)";
        }
    }

    private static string MaskPostgres(string connectionString)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        builder.Password = builder.Password is null ? null : Hidden;
        builder.SslPassword = builder.SslPassword is null ? null : Hidden;
        return builder.ConnectionString;
    }

    private static string MaskSqlite(string connectionString)
    {
        var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString);
        if (builder.Password.Length > 0)
        {
            builder.Password = Hidden;
        }

        return builder.ConnectionString;
    }

    private const string Hidden = "***";
}
