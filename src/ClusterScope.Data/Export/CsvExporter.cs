using System.Globalization;
using ClusterScope.Domain.Registry;
using CsvHelper;
using Microsoft.EntityFrameworkCore;

namespace ClusterScope.Data.Export;

/// <summary>Writes every registry kind and the observations as UTF-8 CSV, with the columns the importers read.</summary>
/// <remarks>Column names are the entity's property names in snake_case; enums are written by name, numbers and dates in the
/// invariant culture; text is neutralised against formula injection (<see cref="CsvCell.Text"/>). Region geometry is
/// left out (it is GeoJSON, not tabular).</remarks>
public sealed class CsvExporter(ClusterScopeDbContext db)
{
    /// <summary>The kinds that can be exported.</summary>
    public static readonly IReadOnlyList<string> Kinds = ["regions", "zones", "categories", "belts", "clusters", "enterprises", "incubators", "indicators", "observations"];

    /// <summary>Writes one kind to <paramref name="writer"/> and returns the number of rows.</summary>
    /// <exception cref="ArgumentException">Unknown kind.</exception>
    public async Task<int> ExportAsync(string kind, TextWriter writer, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(kind);
        return kind.ToLowerInvariant() switch
        {
            "regions" => await WriteAsync(writer, db.Regions.AsNoTracking().OrderBy(r => r.Code)
                .Select(r => new { r.Code, r.ParentCode, r.Level, r.NameZh, r.NameEn, r.NamePinyin }), ct),
            "zones" => await WriteAsync(writer, db.Zones.AsNoTracking().OrderBy(z => z.Code), ct),
            "categories" => await WriteAsync(writer, db.IndustryCategories.AsNoTracking().OrderBy(c => c.SortOrder), ct),
            "belts" => await WriteAsync(writer, db.Belts.AsNoTracking().OrderBy(b => b.Code), ct),
            "clusters" => await WriteAsync(writer, db.Clusters.AsNoTracking().OrderBy(c => c.Code), ct),
            "enterprises" => await WriteAsync(writer, db.Enterprises.AsNoTracking().OrderBy(e => e.Code), ct),
            "incubators" => await WriteAsync(writer, db.Incubators.AsNoTracking().OrderBy(i => i.Code), ct),
            "indicators" => await WriteAsync(writer, db.Indicators.AsNoTracking().OrderBy(i => i.Code), ct),
            "observations" => await WriteAsync(writer, db.Observations.AsNoTracking()
                .OrderBy(o => o.EntityKind).ThenBy(o => o.EntityCode).ThenBy(o => o.IndicatorCode).ThenBy(o => o.Period)
                .Select(o => new { o.EntityKind, o.EntityCode, o.IndicatorCode, o.Period, o.Value, o.Status, o.Provenance, o.Source }), ct),
            _ => throw new ArgumentException($"Unknown kind '{kind}'; use one of: {string.Join(", ", Kinds)}.", nameof(kind)),
        };
    }

    private static async Task<int> WriteAsync<T>(TextWriter writer, IQueryable<T> rows, CancellationToken ct)
    {
        await using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture, leaveOpen: true);
        csv.Context.TypeConverterOptionsCache.GetOptions<DateOnly?>().Formats = ["yyyy-MM-dd"];
        csv.Context.TypeConverterOptionsCache.GetOptions<double>().Formats = ["R"];
        csv.Context.TypeConverterOptionsCache.GetOptions<double?>().Formats = ["R"];
        var properties = typeof(T).GetProperties();
        foreach (var property in properties)
        {
            csv.WriteField(SnakeCase(property.Name));
        }

        await csv.NextRecordAsync();
        var count = 0;
        await foreach (var row in rows.AsAsyncEnumerable().WithCancellation(ct))
        {
            foreach (var property in properties)
            {
                csv.WriteField(Format(property.GetValue(row)));
            }

            await csv.NextRecordAsync();
            count++;
        }

        await csv.FlushAsync();
        return count;
    }

    private static string? Format(object? value) => value is string or not IFormattable and not null ? CsvCell.Text(Invariant(value)) : Invariant(value);

    /// <summary>A value as the exporter writes it (numbers round-trip, dates yyyy-MM-dd, booleans true/false), before the CSV
    /// neutralisation of text.</summary>
    internal static string? Invariant(object? value) => value switch
    {
        null => null,
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    /// <summary>ZoneCode → zone_code.</summary>
    public static string SnakeCase(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var builder = new System.Text.StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0 && (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]))))
            {
                builder.Append('_');
            }

            builder.Append(char.ToLowerInvariant(name[i]));
        }

        return builder.ToString();
    }
}
