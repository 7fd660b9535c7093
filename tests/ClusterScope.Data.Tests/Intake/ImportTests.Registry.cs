using System.Globalization;
using ClusterScope.Data.Export;
using ClusterScope.Data.Intake;
using ClusterScope.Domain.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClusterScope.Data.Tests.Intake;

/// <summary>Round trips through the exporter, and the registry kinds.</summary>
public abstract partial class ImportTests
{
    [Theory]
    [InlineData(ImportKind.Observations)]
    [InlineData(ImportKind.Zones)]
    [InlineData(ImportKind.Clusters)]
    [InlineData(ImportKind.Enterprises)]
    public async Task Exported_data_imports_back_unchanged(ImportKind kind)
    {
        var path = await ExportAsync(kind);
        var report = await ImportAsync(kind, path);
        Assert.Empty(report.Errors);
        Assert.Equal((0, 0), (report.Added, report.Updated));
        Assert.Equal(report.RowsRead, report.Unchanged);
        Assert.True(report.RowsRead > 10);
    }

    [Fact]
    public async Task Editing_one_exported_value_makes_exactly_one_revision()
    {
        var path = await ExportAsync(ImportKind.Observations);
        var lines = await File.ReadAllLinesAsync(path);
        var index = Array.FindIndex(lines, l => l.Contains(",cluster_output,", StringComparison.Ordinal));
        var cells = lines[index].Split(',');
        cells[4] = (double.Parse(cells[4], CultureInfo.InvariantCulture) + 1).ToString("R", CultureInfo.InvariantCulture);
        lines[index] = string.Join(',', cells);
        await File.WriteAllLinesAsync(path, lines);
        int before;
        await using (var scope = database.Scope())
        {
            before = await scope.ServiceProvider.GetRequiredService<ClusterScopeDbContext>().ObservationRevisions.CountAsync();
        }

        var report = await ImportAsync(ImportKind.Observations, path);
        Assert.Equal((0, 1), (report.Added, report.Updated));
        await using (var scope = database.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ClusterScopeDbContext>();
            Assert.Equal(before + 1, await db.ObservationRevisions.CountAsync());
        }
    }

    [Fact]
    public async Task Zones_from_a_gbk_file_are_added_then_updated_field_by_field_with_audit()
    {
        var (_, zone) = await CodesAsync();
        string prefecture;
        await using (var scope = database.Scope())
        {
            prefecture = await scope.ServiceProvider.GetRequiredService<ClusterScopeDbContext>().Zones.Where(z => z.Code == zone).Select(z => z.PrefectureCode).SingleAsync();
        }

        const string header = "code,name_zh,name_en,level,type_code,type_zh,type_en,prefecture_code,area_hectares";
        var added = await ImportAsync(ImportKind.Zones, ImportFiles.Csv("zones.csv", $"{header}\r\nT-GBK-1,试验开发区,Test zone,Provincial,201,省级开发区,Provincial zone,{prefecture},12.5\r\n", ImportFiles.Gbk));
        Assert.Empty(added.Errors);
        Assert.Equal(1, added.Added);
        var updated = await ImportAsync(ImportKind.Zones, ImportFiles.Csv("zones2.csv", $"{header}\r\nT-GBK-1,试验开发区二,Test zone,Provincial,201,省级开发区,Provincial zone,{prefecture},12.5\r\n", ImportFiles.Gbk));
        Assert.Equal((0, 1, 0), (updated.Added, updated.Updated, updated.Unchanged));
        await using (var scope = database.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ClusterScopeDbContext>();
            Assert.Equal("试验开发区二", (await db.Zones.SingleAsync(z => z.Code == "T-GBK-1")).NameZh);
            Assert.True(await db.AuditEntries.AnyAsync(a => a.EntityCode == "T-GBK-1" && a.Field == "NameZh" && a.NewValue == "试验开发区二" && a.Origin == "import zones2.csv"));
        }
    }

    [Fact]
    public async Task Enterprises_with_bad_credit_codes_unknown_zones_or_wrong_types_are_refused()
    {
        var (cluster, zone) = await CodesAsync();
        var path = ImportFiles.Csv("enterprises.csv", $"""
            code,credit_code,name_zh,name_en,size,zone_code,cluster_code,is_leading
            T-ENT-1,91220101MA00000013,甲,A,Medium,{zone},{cluster},true
            T-ENT-2,91220101MA00000014,乙,B,Medium,{zone},,false
            T-ENT-3,91220101MA00000013,丙,C,Medium,{zone},,false
            T-ENT-4,,丁,D,Huge,NO-ZONE,,maybe
            T-ENT-1,,甲,A,Medium,,,false
            """);
        var report = await ImportAsync(ImportKind.Enterprises, path);
        Assert.True(report.Refused);
        var located = report.Errors.Select(e => (e.Row, e.Column)).ToList();
        Assert.Equal([(5, "size"), (5, "is_leading"), (6, "code"), (3, "credit_code"), (4, "credit_code"), (5, "zone_code")], located);
        Assert.Contains("check character", report.Errors[3].Message, StringComparison.Ordinal);
        Assert.Contains("already appears in row 2", report.Errors[4].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cluster_taking_another_clusters_zone_and_category_is_refused()
    {
        await using var scope = database.Scope();
        var existing = await scope.ServiceProvider.GetRequiredService<ClusterScopeDbContext>().Clusters.OrderBy(c => c.Code).FirstAsync();
        var report = await ImportAsync(ImportKind.Clusters, ImportFiles.Csv("clusters.csv",
            $"code,zone_code,category_code,name_zh,name_en,provenance\nT-CL-1,{existing.ZoneCode},{existing.CategoryCode},集群,Cluster,Real\n"));
        var error = Assert.Single(report.Errors);
        Assert.Equal((2, "category_code"), (error.Row, error.Column));
        Assert.Contains($"already used by '{existing.Code}'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ImportKind.Observations)]
    [InlineData(ImportKind.Zones)]
    [InlineData(ImportKind.Clusters)]
    [InlineData(ImportKind.Enterprises)]
    public async Task Templates_have_the_exporters_columns(ImportKind kind)
    {
        var exported = await File.ReadAllLinesAsync(await ExportAsync(kind));
        var columns = exported[0].Split(',').Where(c => c != "version");
        Assert.Equal(columns, ImportTemplates.Columns(kind));
        await using var scope = database.Scope();
        var examples = await scope.ServiceProvider.GetRequiredService<ImportTemplates>().ExamplesAsync(kind, null, default);
        Assert.NotEmpty(examples);
        Assert.All(examples, row => Assert.Equal(columns.Count(), row.Length));
    }

    [Theory]
    [InlineData(ImportKind.Observations)]
    [InlineData(ImportKind.Zones)]
    [InlineData(ImportKind.Clusters)]
    [InlineData(ImportKind.Enterprises)]
    public async Task A_template_imported_unchanged_names_only_existing_codes_and_changes_nothing(ImportKind kind)
    {
        var path = ImportFiles.Csv($"{kind}-template.csv", string.Empty);
        await using (var scope = database.Scope())
        await using (var stream = File.Create(path))
        {
            await scope.ServiceProvider.GetRequiredService<ImportTemplates>().WriteCsvAsync(kind, null, stream, default);
        }

        var report = await ImportAsync(kind, path);

        Assert.Empty(report.Errors);
        Assert.True(report.RowsRead > 0);
        Assert.Equal((0, 0, report.RowsRead), (report.Added, report.Updated, report.Unchanged));
    }

    [Fact]
    public async Task A_zones_observation_template_is_drawn_from_that_zone()
    {
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ClusterScopeDbContext>();
        var zone = await db.Clusters.OrderByDescending(c => c.Code).Select(c => c.ZoneCode).FirstAsync();
        var examples = await scope.ServiceProvider.GetRequiredService<ImportTemplates>().ExamplesAsync(ImportKind.Observations, zone, default);
        var codes = examples.Select(r => r[1]!).ToList();
        Assert.Contains(zone, codes);
        Assert.All(codes, c => Assert.True(c == zone || db.Clusters.Any(cl => cl.Code == c && cl.ZoneCode == zone), c));
    }

    private async Task<string> ExportAsync(ImportKind kind)
    {
        var path = ImportFiles.Csv($"{kind}.csv", string.Empty);
        await using var scope = database.Scope();
        await using var writer = new StreamWriter(path);
        await scope.ServiceProvider.GetRequiredService<CsvExporter>().ExportAsync(kind.ToString(), writer, default);
        return path;
    }
}
