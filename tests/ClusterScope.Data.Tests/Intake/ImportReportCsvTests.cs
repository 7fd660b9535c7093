using System.Globalization;
using ClusterScope.Data.Intake;

namespace ClusterScope.Data.Tests.Intake;

public sealed class ImportReportCsvTests
{
    [Fact]
    public async Task The_error_CSV_neutralises_a_hostile_file_name_and_column()
    {
        var report = new ImportReport { File = "=cmd.csv", Kind = ImportKind.Observations };
        report.Add(new ImportError("=cmd.csv", 2, "@col", "-1 is below 0", "-1 小于 0"));
        await using var writer = new StringWriter(CultureInfo.InvariantCulture);

        await report.WriteErrorsCsvAsync(writer);

        Assert.Equal("'=cmd.csv,2,'@col,'-1 is below 0,'-1 小于 0", writer.ToString().Split("\r\n")[1]);
    }
}
