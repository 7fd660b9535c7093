using System.Globalization;
using ClusterScope.Data.Auditing;
using ClusterScope.Data.Export;
using ClusterScope.Data.Intake;
using ClusterScope.Domain.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClusterScope.Data.Tests.Intake;

/// <summary>The importer's test cases, run once on SQLite and once on PostgreSQL; each test uses its own periods.</summary>
public abstract partial class ImportTests(LoadedDatabase database)
{
    private const string Header = "entity_kind,entity_code,indicator_code,period,value,status,provenance,source";

    [Fact]
    public async Task A_good_file_is_imported_and_importing_it_again_changes_nothing()
    {
        var (cluster, zone) = await CodesAsync();
        var path = ImportFiles.Csv("q1.csv", $"""
            {Header}
            Cluster,{cluster},cluster_output,2031-01,12.5,Reported,Real,bureau
            Zone,{zone},zone_industrial_output,2031-01,100,Verified,Real,
            """);
        var first = await ImportAsync(ImportKind.Observations, path);
        Assert.Empty(first.Errors);
        Assert.True(first.Written);
        Assert.Equal((2, 0, 0), (first.Added, first.Updated, first.Unchanged));

        var again = await ImportAsync(ImportKind.Observations, path);
        Assert.Equal((0, 0, 2), (again.Added, again.Updated, again.Unchanged));
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ClusterScopeDbContext>();
        var stored = await db.Observations.SingleAsync(o => o.EntityCode == cluster && o.Period == "2031-01");
        Assert.Equal((12.5, ObservationStatus.Reported, "bureau"), (stored.Value, stored.Status, stored.Source));
        Assert.False(await db.ObservationRevisions.AnyAsync(r => r.ObservationId == stored.Id));
    }

    [Fact]
    public async Task A_changed_value_becomes_a_revision_keeping_the_old_one_and_is_audited()
    {
        var (cluster, _) = await CodesAsync();
        await ImportAsync(ImportKind.Observations, ImportFiles.Csv("a.csv", $"{Header}\nCluster,{cluster},cluster_output,2031-02,10,Reported,Real,first\n"));
        var changed = await ImportAsync(ImportKind.Observations, ImportFiles.Csv("b.csv", $"{Header}\nCluster,{cluster},cluster_output,2031-02,11,Verified,Real,second\n"));
        Assert.Equal((0, 1, 0), (changed.Added, changed.Updated, changed.Unchanged));

        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ClusterScopeDbContext>();
        var stored = await db.Observations.SingleAsync(o => o.EntityCode == cluster && o.IndicatorCode == "cluster_output" && o.Period == "2031-02");
        Assert.Equal((11, ObservationStatus.Verified), (stored.Value, stored.Status));
        var revision = await db.ObservationRevisions.SingleAsync(r => r.ObservationId == stored.Id);
        Assert.Equal((10, ObservationStatus.Reported, "first", "b.csv", "tester"), (revision.OldValue, revision.OldStatus, revision.OldSource, revision.ImportName, revision.ReplacedBy));
        var audit = await db.AuditEntries.Where(a => a.EntityType == "Observation" && a.EntityCode == $"Cluster:{cluster}:cluster_output:2031-02").ToListAsync();
        Assert.Contains(audit, a => a.Field == "Value" && a.Origin == "import b.csv" && a.NewValue == "11");
        Assert.Contains(audit, a => a.Field == "Status" && a.OldValue == "Reported" && a.NewValue == "Verified");
    }

    [Fact]
    public async Task A_broken_file_is_refused_with_every_error_located_and_nothing_written()
    {
        var (cluster, zone) = await CodesAsync();
        var path = ImportFiles.Csv("broken.csv", $"""
            {Header}
            Cluster,{cluster},cluster_output,2031-03,twelve,Reported,Real,
            Cluster,NO-SUCH-CLUSTER,cluster_output,2031-03,1,Reported,Real,
            Cluster,{cluster},no_such_indicator,2031-03,1,Reported,Real,
            Cluster,{cluster},cluster_employment,2031-13,1,Reported,Real,
            Cluster,{cluster},cluster_enterprises,2031-03,-4,Reported,Real,
            Cluster,{cluster},cluster_employment,2031-03,5,Reported,Real,
            Cluster,{cluster},cluster_employment,2031-03,6,Reported,Real,
            Zone,{zone},cluster_output,2031-03,1,Reported,Real,
            Cluster,{cluster},cluster_output,2031-03,1e18,Reported,Real,
            Cluster,{cluster},cluster_employment,2031-04,7,Guessed,Real,
            """);
        var report = await ImportAsync(ImportKind.Observations, path);

        Assert.True(report.Refused);
        Assert.False(report.Written);
        Assert.Equal(10, report.RowsRead);
        var located = report.Errors.Select(e => (e.Row, e.Column)).ToList();
        Assert.Equal([(2, "value"), (3, "entity_code"), (4, "indicator_code"), (5, "period"), (6, "value"), (8, "period"), (9, "indicator_code"), (10, "value"), (11, "status")], located);
        Assert.All(report.Errors, e => Assert.Equal("broken.csv", e.File));
        Assert.Contains("'twelve' is not a number", report.Errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("不是数字", report.Errors[0].MessageZh, StringComparison.Ordinal);
        Assert.Contains("already appears in row 7", report.Errors[5].Message, StringComparison.Ordinal);
        Assert.Contains("negative", report.Errors[4].Message, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync("2031-03"));
    }

    [Fact]
    public async Task Valid_rows_only_writes_the_good_rows_and_reports_the_bad_ones()
    {
        var (cluster, _) = await CodesAsync();
        var path = ImportFiles.Csv("mixed.csv", $"""
            {Header}
            Cluster,{cluster},cluster_output,2031-05,1,Reported,Real,
            Cluster,{cluster},cluster_employment,2031-05,-1,Reported,Real,
            Cluster,{cluster},cluster_enterprises,2031-05,3,Reported,Real,
            """);
        var strict = await ImportAsync(ImportKind.Observations, path);
        Assert.True(strict.Refused);
        Assert.Equal(0, await CountAsync("2031-05"));

        var lenient = await ImportAsync(ImportKind.Observations, path, new ImportOptions(ValidRowsOnly: true));
        Assert.False(lenient.Refused);
        Assert.Equal((2, 1, 1), (lenient.Added, lenient.RowsRefused, lenient.ErrorCount));
        Assert.Equal(2, await CountAsync("2031-05"));
    }

    [Fact]
    public async Task A_dry_run_counts_the_changes_and_writes_nothing()
    {
        var (cluster, _) = await CodesAsync();
        var report = await ImportAsync(ImportKind.Observations, ImportFiles.Csv("dry.csv", $"{Header}\nCluster,{cluster},cluster_output,2031-06,1,Reported,Real,\n"),
            new ImportOptions(DryRun: true));
        Assert.Equal(1, report.Added);
        Assert.False(report.Written);
        Assert.Equal(0, await CountAsync("2031-06"));
    }

    [Fact]
    public async Task A_missing_column_refuses_the_file_naming_the_column()
    {
        var (cluster, _) = await CodesAsync();
        var report = await ImportAsync(ImportKind.Observations, ImportFiles.Csv("cols.csv", $"entity_kind,entity_code,indicator_code,value\nCluster,{cluster},cluster_output,1\n"));
        var error = Assert.Single(report.Errors);
        Assert.Equal((1, "period"), (error.Row, error.Column));
        Assert.Contains("no column 'period'", error.Message, StringComparison.Ordinal);
        Assert.True(report.Refused);
    }

    [Fact]
    public async Task A_csv_with_a_utf8_bom_reads_its_first_column()
    {
        var (cluster, _) = await CodesAsync();
        var path = ImportFiles.Csv("bom.csv", $"{Header}\r\nCluster,{cluster},cluster_output,2031-07,3,Reported,Real,统计局\r\n", new System.Text.UTF8Encoding(true));
        var report = await ImportAsync(ImportKind.Observations, path);
        Assert.Empty(report.Errors);
        Assert.Equal(1, report.Added);
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ClusterScopeDbContext>();
        Assert.Equal("统计局", (await db.Observations.SingleAsync(o => o.Period == "2031-07")).Source);
    }

    [Fact]
    public async Task A_gbk_encoded_csv_from_excel_keeps_its_chinese_text()
    {
        var (cluster, _) = await CodesAsync();
        var path = ImportFiles.Csv("gbk.csv", $"{Header}\r\nCluster,{cluster},cluster_output,2031-08,4,Reported,Real,吉林省统计年鉴（长春）\r\n", ImportFiles.Gbk);
        var report = await ImportAsync(ImportKind.Observations, path);
        Assert.Empty(report.Errors);
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ClusterScopeDbContext>();
        Assert.Equal("吉林省统计年鉴（长春）", (await db.Observations.SingleAsync(o => o.Period == "2031-08")).Source);
    }

    [Fact]
    public async Task An_xlsx_reads_formulas_as_their_values_and_merged_cells_as_the_first_cell()
    {
        var (cluster, _) = await CodesAsync();
        string[][] rows =
        [
            Header.Split(','),
            ["Cluster", cluster, "cluster_output", "2031-09", "=E3*2|42", "Reported", "Real", "表"],
            ["", "", "cluster_employment", "2031-09", "21", "Reported", "Real", "表"],
        ];
        var report = await ImportAsync(ImportKind.Observations, ImportFiles.Xlsx("q.xlsx", rows, "A2:A3", "B2:B3"));
        Assert.Empty(report.Errors);
        Assert.Equal(2, report.Added);
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ClusterScopeDbContext>();
        var values = await db.Observations.Where(o => o.Period == "2031-09" && o.EntityCode == cluster).ToDictionaryAsync(o => o.IndicatorCode, o => o.Value);
        Assert.Equal(42, values["cluster_output"]);
        Assert.Equal(21, values["cluster_employment"]);
    }

    [Fact]
    public async Task The_error_report_is_exported_as_csv_in_both_languages()
    {
        var report = await ImportAsync(ImportKind.Observations, ImportFiles.Csv("e.csv", $"{Header}\nPlanet,x,cluster_output,2031-10,1,Reported,Real,\n"));
        await using var writer = new StringWriter(CultureInfo.InvariantCulture);
        await report.WriteErrorsCsvAsync(writer);
        var lines = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("file,row,column,message,message_zh", lines[0].TrimEnd('\r'));
        Assert.StartsWith("e.csv,2,entity_kind,'Planet' is not one of: Region, Zone, Cluster, Enterprise", lines[1].Replace("\"", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("不在允许的取值中", lines[1], StringComparison.Ordinal);
    }

    private async Task<ImportReport> ImportAsync(ImportKind kind, string path, ImportOptions? options = null)
    {
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ClusterScopeDbContext>();
        db.Audit = new AuditScope("tester", "test");
        return await scope.ServiceProvider.GetRequiredService<DataImporter>().ImportAsync(kind, path, options ?? new ImportOptions(), null, default);
    }

    private async Task<(string Cluster, string Zone)> CodesAsync()
    {
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ClusterScopeDbContext>();
        var cluster = await db.Clusters.OrderBy(c => c.Code).Select(c => c.Code).FirstAsync();
        var zone = await db.Zones.OrderBy(z => z.Code).Select(z => z.Code).FirstAsync();
        return (cluster, zone);
    }

    private async Task<int> CountAsync(string period)
    {
        await using var scope = database.Scope();
        return await scope.ServiceProvider.GetRequiredService<ClusterScopeDbContext>().Observations.CountAsync(o => o.Period == period);
    }
}

public sealed class SqliteImportTests(SqliteDatabase database) : ImportTests(database), IClassFixture<SqliteDatabase>;

public sealed class PostgresImportTests(PostgresDatabase database) : ImportTests(database), IClassFixture<PostgresDatabase>;
