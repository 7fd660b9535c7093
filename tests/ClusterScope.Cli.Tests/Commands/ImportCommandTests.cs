namespace ClusterScope.Cli.Tests.Commands;

public sealed class ImportCommandTests(LoadedCliDatabase database) : IClassFixture<LoadedCliDatabase>
{
    private const string Header = "entity_kind,entity_code,indicator_code,period,value,status,provenance,source";

    [Fact]
    public async Task A_valid_file_is_imported_and_a_second_run_changes_nothing()
    {
        var cluster = await FirstClusterAsync();
        var file = Write("good.csv", $"{Header}\nCluster,{cluster},cluster_output,2032-01,5,Reported,Real,bureau\n");
        var run = await CliRun.RunAsync("import", "observations", file, "--connection", database.Connection);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Importing good.csv:", run.Output, StringComparison.Ordinal);
        Assert.Contains("Imported good.csv: 1 added, 0 updated, 0 unchanged.", run.Output, StringComparison.Ordinal);

        var again = await CliRun.RunAsync("import", "observations", file, "--connection", database.Connection);
        Assert.Contains("0 added, 0 updated, 1 unchanged.", again.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_broken_file_is_refused_with_exit_code_2_its_errors_and_a_report()
    {
        var cluster = await FirstClusterAsync();
        var file = Write("bad.csv", $"{Header}\nCluster,{cluster},cluster_output,2032-02,lots,Reported,Real,\nCluster,{cluster},cluster_output,2032-2,1,Reported,Real,\n");
        var report = Path.ChangeExtension(file, ".errors.csv");
        var run = await CliRun.RunAsync("import", "observations", file, "--report", report, "--connection", database.Connection);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("bad.csv, row 2, column value: 'lots' is not a number", run.Error, StringComparison.Ordinal);
        Assert.Contains("bad.csv, row 3, column period:", run.Error, StringComparison.Ordinal);
        Assert.Contains("Refused bad.csv: 2 error(s) in 2 of 2 rows; nothing was written.", run.Error, StringComparison.Ordinal);
        Assert.Equal(3, (await File.ReadAllLinesAsync(report)).Length);
    }

    [Fact]
    public async Task A_dry_run_and_valid_rows_only_say_what_they_did()
    {
        var cluster = await FirstClusterAsync();
        var file = Write("mixed.csv", $"{Header}\nCluster,{cluster},cluster_output,2032-03,1,Reported,Real,\nCluster,{cluster},cluster_output,2032-04,-1,Reported,Real,\n");
        var dry = await CliRun.RunAsync("import", "observations", file, "--dry-run", "--valid-rows-only", "--connection", database.Connection);
        Assert.Equal(0, dry.ExitCode);
        Assert.Contains("Dry run, nothing written; would have 1 added, 0 updated, 0 unchanged, 1 rows refused.", dry.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_xlsx_with_a_dtd_is_refused_with_exit_code_2_and_a_message_not_an_exception()
    {
        var file = Path.Combine(Path.GetTempPath(), $"cs-xxe-{Guid.NewGuid():N}.xlsx");
        using (var zip = System.IO.Compression.ZipFile.Open(file, System.IO.Compression.ZipArchiveMode.Create))
        {
            using var writer = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet1.xml").Open());
            await writer.WriteAsync("""<?xml version="1.0"?><!DOCTYPE w [<!ENTITY x SYSTEM "file:///etc/passwd">]><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c t="inlineStr"><is><t>&x;</t></is></c></row></sheetData></worksheet>""");
        }

        var run = await CliRun.RunAsync("import", "observations", file, "--dry-run", "--connection", database.Connection);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(".xlsx: the file declares a DTD or entities, which are refused", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("observations", "csv")]
    [InlineData("enterprises", "xlsx")]
    public async Task Templates_are_written_as_csv_or_xlsx(string kind, string format)
    {
        var target = Path.Combine(Path.GetTempPath(), $"cs-template-{Guid.NewGuid():N}.{format}");
        var run = await CliRun.RunAsync("import", "template", kind, "--output", target, "--connection", database.Connection);
        Assert.Equal(0, run.ExitCode);
        Assert.True(new FileInfo(target).Length > 100);
        if (format == "csv")
        {
            var lines = await File.ReadAllLinesAsync(target);
            Assert.StartsWith("entity_kind,entity_code,indicator_code,period,value", lines[0].TrimStart('\uFEFF'), StringComparison.Ordinal);
            Assert.Equal($"Cluster,{await FirstClusterAsync()}", string.Join(',', lines[1].Split(',').Take(2)));
        }
    }

    private async Task<string> FirstClusterAsync()
    {
        var run = await CliRun.RunAsync("clusters", "list", "--format", "csv", "--connection", database.Connection);
        return run.Output.Split('\n')[1].Split(',')[0];
    }

    private static string Write(string name, string content)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"cs-cli-import-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, content);
        return path;
    }
}
