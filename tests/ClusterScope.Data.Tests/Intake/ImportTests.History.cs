using ClusterScope.Data.Intake;
using ClusterScope.Data.Registry;
using Microsoft.Extensions.DependencyInjection;

namespace ClusterScope.Data.Tests.Intake;

/// <summary>The import history: every run kept with who, where, the file and its counts; dry runs not.</summary>
public abstract partial class ImportTests
{
    [Fact]
    public async Task A_run_is_kept_in_the_history_with_its_counts_and_a_refused_one_with_its_errors()
    {
        var (cluster, _) = await CodesAsync();
        var tag = Guid.NewGuid().ToString("N")[..8];
        await ImportAsync(ImportKind.Observations, ImportFiles.Csv($"dry-{tag}.csv", $"{Header}\nCluster,{cluster},cluster_output,2041-03,10,Reported,Real,x\n"),
            new ImportOptions(DryRun: true));
        var good = await ImportAsync(ImportKind.Observations, ImportFiles.Csv($"good-{tag}.csv",
            $"{Header}\nCluster,{cluster},cluster_output,2041-03,10,Reported,Real,x\nCluster,{cluster},cluster_output,2041-04,11,Reported,Real,x\n"));
        var bad = await ImportAsync(ImportKind.Observations, ImportFiles.Csv($"bad-{tag}.csv",
            $"{Header}\nCluster,{cluster},cluster_output,2041-05,-1,Reported,Real,x\nCluster,NO-SUCH,cluster_output,2041-05,1,Reported,Real,x\n"));

        await using var scope = database.Scope();
        var history = scope.ServiceProvider.GetRequiredService<ImportHistory>();
        var mine = (await history.ListAsync("observations", new PageRequest(1, 1000), default)).Items.Where(r => r.FileName.EndsWith(tag + ".csv", StringComparison.Ordinal)).ToList();

        Assert.Equal([$"bad-{tag}.csv", $"good-{tag}.csv"], mine.Select(r => r.FileName));
        var (refused, imported) = (mine[0], mine[1]);
        Assert.Equal((false, 2, 2, 0, 0, 0, "tester", "test"), (imported.Refused, imported.RowsRead, imported.Added, imported.Updated, imported.RowsRefused, imported.ErrorCount, imported.Actor, imported.Channel));
        Assert.Equal((good.Added, good.RowsRead), (imported.Added, imported.RowsRead));
        Assert.Equal((true, 2, bad.ErrorCount), (refused.Refused, refused.RowsRead, refused.ErrorCount));
        Assert.True(refused.ErrorCount >= 2);
        Assert.Null(refused.ErrorsCsv);
        var csv = await history.ErrorsCsvAsync(refused.Id, default);
        Assert.NotNull(csv);
        Assert.StartsWith("file,row,column,message,message_zh", csv, StringComparison.Ordinal);
        Assert.Contains("-1 is negative", csv, StringComparison.Ordinal);
        Assert.Contains("NO-SUCH", csv, StringComparison.Ordinal);
        Assert.Null(await history.ErrorsCsvAsync(imported.Id, default));
        Assert.True(imported.StartedAt <= refused.StartedAt && refused.StartedAt <= DateTime.UtcNow);
    }

    [Fact]
    public async Task The_history_filters_by_kind_and_pages_newest_first()
    {
        var (cluster, _) = await CodesAsync();
        for (var i = 0; i < 3; i++)
        {
            await ImportAsync(ImportKind.Observations, ImportFiles.Csv($"p{i}.csv", $"{Header}\nCluster,{cluster},cluster_output,2042-0{i + 1},1,Reported,Real,x\n"));
        }

        await using var scope = database.Scope();
        var history = scope.ServiceProvider.GetRequiredService<ImportHistory>();
        var first = await history.ListAsync("observations", new PageRequest(1, 2), default);
        var second = await history.ListAsync("observations", new PageRequest(2, 2), default);

        Assert.Equal(2, first.Items.Count);
        Assert.True(first.Total >= 3);
        Assert.True(first.Items[0].Id > first.Items[1].Id && first.Items[1].Id > second.Items[0].Id);
        Assert.DoesNotContain((await history.ListAsync("zones", new PageRequest(1, 1000), default)).Items, r => r.Kind != "zones");
    }
}
