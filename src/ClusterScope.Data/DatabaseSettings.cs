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

    /// <summary>The connection string with any password hidden, for messages and logs.</summary>
    public string Describe() =>
        $"{Provider}: " + string.Join(';', ConnectionString.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(part => part.TrimStart().StartsWith("password", StringComparison.OrdinalIgnoreCase) ? "Password=***" : part));
}
