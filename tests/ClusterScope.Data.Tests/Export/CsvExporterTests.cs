using System.Globalization;
using ClusterScope.Data.Export;
using ClusterScope.Domain.Registry;
using Microsoft.Extensions.DependencyInjection;

namespace ClusterScope.Data.Tests.Export;

public sealed class CsvExporterTests
{
    [Fact]
    public async Task Exported_text_that_a_spreadsheet_would_run_is_neutralised()
    {
        var settings = TestDatabases.NewSqlite();
        await using var services = TestDatabases.Services(settings);
        try
        {
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(default);
            var db = scope.ServiceProvider.GetRequiredService<ClusterScopeDbContext>();
            db.Audit = new ClusterScope.Data.Auditing.AuditScope("test", "csv injection");
            db.Indicators.Add(new Indicator { Code = "evil", NameZh = "@SUM(1)", NameEn = "=HYPERLINK(\"http://evil.example\")", Unit = "-rate" });
            await db.SaveChangesAsync();
            await using var writer = new StringWriter(CultureInfo.InvariantCulture);

            await scope.ServiceProvider.GetRequiredService<CsvExporter>().ExportAsync("indicators", writer, default);

            var row = writer.ToString().Split(Environment.NewLine).Single(l => l.StartsWith("evil,", StringComparison.Ordinal));
            Assert.StartsWith("evil,'@SUM(1),\"'=HYPERLINK(\"\"http://evil.example\"\")\",'-rate,", row, StringComparison.Ordinal);
        }
        finally
        {
            await TestDatabases.DropAsync(settings);
        }
    }
}
