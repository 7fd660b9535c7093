using System.Globalization;
using ClusterScope.Data.Auditing;
using ClusterScope.Data.DefaultData;
using ClusterScope.Data.Export;
using ClusterScope.Data.Registry;
using ClusterScope.Domain.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClusterScope.Data.Tests.Registry;

/// <summary>The data layer's test cases, run once on SQLite and once on PostgreSQL by the two classes below.</summary>
public abstract partial class RegistryTests(LoadedDatabase database)
{
    [Fact]
    public void Default_data_holds_the_62_catalogue_zones_and_the_real_registry()
    {
        Assert.Equal(62, database.FirstLoad["zones"]);
        Assert.Equal(79, database.FirstLoad["regions"]);
        Assert.Equal(13, database.FirstLoad["categories"]);
        Assert.Equal(4, database.FirstLoad["belts"]);
        Assert.InRange(database.FirstLoad["clusters"], 140, 180);
    }

    [Fact]
    public async Task Loading_the_same_data_set_again_adds_nothing()
    {
        await using var scope = database.Scope();
        var again = await scope.ServiceProvider.GetRequiredService<DatasetLoader>().LoadAsync("jilin", null, default);
        Assert.All(again, pair => Assert.Equal(0, pair.Value));
    }

    [Fact]
    public async Task Sample_figures_are_flagged_and_never_attached_to_a_real_company()
    {
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ClusterScopeDbContext>();
        var real = await db.Enterprises.Where(e => e.Provenance == Provenance.Real).Select(e => e.Code).ToListAsync();
        Assert.Equal(47, real.Count);
        Assert.False(await db.Observations.AnyAsync(o => o.EntityKind == EntityKind.Enterprise && real.Contains(o.EntityCode)));
        Assert.False(await db.Observations.AnyAsync(o => o.IndicatorCode == "cluster_output" && o.Provenance != Provenance.Sample));
        Assert.True(await db.Observations.AnyAsync(o => o.IndicatorCode == "census_resident_population" && o.Provenance == Provenance.Real));
        var sampleNames = await db.Enterprises.Where(e => e.Provenance == Provenance.Sample).Select(e => e.NameEn).ToListAsync();
        Assert.All(sampleNames, name => Assert.StartsWith("Sample enterprise", name, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Census_population_of_the_counties_adds_up_to_the_official_total()
    {
        // PROVENANCE.md: resident population of the 60 counties and 9 zone units sums to 24,073,453 (2020 census).
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ClusterScopeDbContext>();
        var values = await db.Observations.Where(o => o.IndicatorCode == "census_resident_population").Select(o => o.Value).ToListAsync();
        Assert.Equal(24_073_453, values.Sum());
    }

    [Fact]
    public async Task Generated_credit_codes_pass_their_check_character()
    {
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ClusterScopeDbContext>();
        var codes = await db.Enterprises.Where(e => e.CreditCode != null).Select(e => e.CreditCode).ToListAsync();
        Assert.NotEmpty(codes);
        Assert.All(codes, code => Assert.True(UnifiedSocialCreditCode.IsValid(code), code));
    }

    [Fact]
    public async Task The_sample_is_calibrated_to_the_provinces_real_size_and_each_zones_area()
    {
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ClusterScopeDbContext>();
        // Other tests of this database add real figures; the generator's are the sample ones.
        var output = await db.Observations.Where(o => o.IndicatorCode == "cluster_output" && o.Provenance == Provenance.Sample).ToListAsync();
        var zones = await db.Zones.ToDictionaryAsync(z => z.Code);
        var clusterZone = await db.Clusters.ToDictionaryAsync(c => c.Code, c => c.ZoneCode);

        // Secondary value added 2019 (real, 4,134.82) x 0.8 industry share / 0.27 value-added rate x 0.55 in the zones' clusters.
        var total2019 = output.Where(o => o.Period == "2019").Sum(o => o.Value);
        Assert.InRange(total2019, 4134.82 * 0.8 / 0.27 * 0.55 * 0.97, 4134.82 * 0.8 / 0.27 * 0.55 * 1.03);
        var byZoneYear = output.GroupBy(o => (Zone: clusterZone[o.EntityCode], o.Period)).Select(g => (g.Key.Zone, g.Key.Period, Value: g.Sum(o => o.Value))).ToList();
        Assert.All(byZoneYear, z => Assert.True(z.Value <= zones[z.Zone].AreaHectares!.Value * 1.0, $"{z.Zone} {z.Period}: {z.Value} on {zones[z.Zone].AreaHectares} ha"));
        double MedianDensity(ZoneLevel level)
        {
            var d = byZoneYear.Where(z => z.Period == "2019" && zones[z.Zone].Level == level).Select(z => z.Value / zones[z.Zone].AreaHectares!.Value).Order().ToArray();
            return d[d.Length / 2];
        }

        Assert.True(MedianDensity(ZoneLevel.National) > MedianDensity(ZoneLevel.Provincial));
        Assert.Equal(Enumerable.Range(SampleGenerator.FirstYear, SampleGenerator.LastYear - SampleGenerator.FirstYear + 1),
            output.Select(o => int.Parse(o.Period, CultureInfo.InvariantCulture)).Distinct().Order());
    }

    [Fact]
    public async Task Every_clusters_tier_follows_its_output()
    {
        await using var scope = database.Scope();
        var clusters = await scope.ServiceProvider.GetRequiredService<RegistryQueries>()
            .ListClustersAsync(new ClusterFilter(Year: 2017), PageRequest.All, default);
        Assert.True(clusters.Items.Select(c => c.Tier).Distinct().Count() >= 4);
        Assert.All(clusters.Items, c => Assert.Equal(OutputTiers.Of(c.Output!.Value), c.Tier));
    }

    [Fact]
    public async Task Zones_filter_by_prefecture_and_sort_by_output()
    {
        await using var scope = database.Scope();
        var queries = scope.ServiceProvider.GetRequiredService<RegistryQueries>();
        var page = await queries.ListZonesAsync(new ZoneFilter(Prefecture: "220200"), new PageRequest(1, 100, "output", true), default);
        Assert.Equal(11, page.Total);
        Assert.All(page.Items, z => Assert.Equal("220200", z.PrefectureCode));
        var outputs = page.Items.Select(z => z.Output ?? -1).ToList();
        Assert.Equal(outputs.OrderByDescending(o => o), outputs);
    }

    [Fact]
    public async Task Paging_cuts_the_listing_without_losing_rows()
    {
        await using var scope = database.Scope();
        var queries = scope.ServiceProvider.GetRequiredService<RegistryQueries>();
        var all = new List<string>();
        for (var p = 1; p <= 4; p++)
        {
            var page = await queries.ListZonesAsync(new ZoneFilter(), new PageRequest(p, 20), default);
            Assert.Equal(62, page.Total);
            Assert.Equal(4, page.PageCount);
            all.AddRange(page.Items.Select(z => z.Code));
        }

        Assert.Equal(62, all.Distinct().Count());
    }

    [Fact]
    public async Task Zone_detail_has_clusters_incubators_and_an_output_series()
    {
        await using var scope = database.Scope();
        var detail = await scope.ServiceProvider.GetRequiredService<RegistryQueries>().GetZoneAsync("22101001", null, default);
        Assert.NotNull(detail);
        Assert.Equal("长春经济技术开发区", detail.Zone.NameZh);
        Assert.Contains(detail.Clusters, c => c.CategoryCode == "auto_parts");
        Assert.Equal(13, detail.Output.Count);
        Assert.All(detail.Output, p => Assert.True(p.IsSample));
    }

    [Fact]
    public async Task Observations_export_has_the_importer_columns_and_every_row()
    {
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ClusterScopeDbContext>();
        var count = await db.Observations.CountAsync();
        await using var writer = new StringWriter(CultureInfo.InvariantCulture);
        var rows = await scope.ServiceProvider.GetRequiredService<CsvExporter>().ExportAsync("observations", writer, default);
        var lines = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(count, rows);
        Assert.Equal("entity_kind,entity_code,indicator_code,period,value,status,provenance,source", lines[0].TrimEnd('\r'));
        Assert.Equal(count + 1, lines.Length);
    }

    [Theory]
    [InlineData("regions", 79)]
    [InlineData("zones", 62)]
    [InlineData("categories", 13)]
    [InlineData("belts", 4)]
    public async Task Every_registry_kind_exports_one_row_per_record(string kind, int expected)
    {
        await using var scope = database.Scope();
        await using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Assert.Equal(expected, await scope.ServiceProvider.GetRequiredService<CsvExporter>().ExportAsync(kind, writer, default));
    }

    [Fact]
    public async Task Exporting_an_unknown_kind_names_the_kinds_there_are()
    {
        await using var scope = database.Scope();
        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            scope.ServiceProvider.GetRequiredService<CsvExporter>().ExportAsync("planets", TextWriter.Null, default));
        Assert.Contains("observations", error.Message, StringComparison.Ordinal);
    }

    private static AuditScope Tester => new("tester", "test");
}

public sealed class SqliteRegistryTests(SqliteDatabase database) : RegistryTests(database), IClassFixture<SqliteDatabase>;

public sealed class PostgresRegistryTests(PostgresDatabase database) : RegistryTests(database), IClassFixture<PostgresDatabase>;
