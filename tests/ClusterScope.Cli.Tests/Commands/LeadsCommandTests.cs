using ClusterScope.Data;
using ClusterScope.Data.Auditing;
using ClusterScope.Data.Leads;
using ClusterScope.Data.Submissions;
using ClusterScope.Domain.Leads;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace ClusterScope.Cli.Tests.Commands;

/// <summary><c>clusterscope leads export|sweep</c> on a database holding leads made through the service.</summary>
public sealed class LeadsCommandTests(LoadedCliDatabase database) : IClassFixture<LoadedCliDatabase>
{
    [Fact]
    public async Task Export_writes_the_leads_their_history_and_the_verified_totals_and_sweep_records_overdue_actions_once()
    {
        var zone = await AddLeadsAsync();
        var path = Path.Combine(Path.GetTempPath(), $"cs-leads-{Guid.NewGuid():N}.xlsx");
        try
        {
            var run = await CliRun.RunAsync("leads", "export", "--output", path, "--connection", database.Connection);
            Assert.Equal(0, run.ExitCode);
            Assert.Contains("2 lead(s) written", run.Output, StringComparison.Ordinal);
            var leads = MiniExcel.Query(path, useHeaderRow: true, sheetName: "leads").Cast<IDictionary<string, object?>>().ToList();
            Assert.Equal(["CLI seat maker", "CLI follow-up"], leads.Select(l => (string)l["company"]!));
            Assert.Equal(("signed", "签约", true), ((string)leads[0]["stage"]!, (string)leads[0]["stage_zh"]!, (bool)leads[0]["counts_as_win"]!));
            var history = MiniExcel.Query(path, useHeaderRow: true, sheetName: "history").Cast<IDictionary<string, object?>>().ToList();
            Assert.Contains(history, h => (string?)h["reason"] == "agreement at the fair" && (string)h["to"]! == "signed");
            var verified = MiniExcel.Query(path, useHeaderRow: true, sheetName: "verified").Cast<IDictionary<string, object?>>().Single();
            Assert.Equal((zone, 4.0), ((string)verified["zone_code"]!, Convert.ToDouble(verified["investment_100m_cny"], System.Globalization.CultureInfo.InvariantCulture)));
        }
        finally
        {
            File.Delete(path);
        }

        var sweep = await CliRun.RunAsync("leads", "sweep", "--connection", database.Connection);
        Assert.Equal((0, "1 overdue next action(s) recorded."), (sweep.ExitCode, sweep.Output.Trim()));
        var again = await CliRun.RunAsync("leads", "sweep", "--connection", database.Connection);
        Assert.Equal("0 overdue next action(s) recorded.", again.Output.Trim());
        var wrong = await CliRun.RunAsync("leads", "export", "--output", "leads.csv", "--connection", database.Connection);
        Assert.Equal(2, wrong.ExitCode);
        Assert.Contains("--output must name an .xlsx file", wrong.Error, StringComparison.Ordinal);
    }

    private async Task<string> AddLeadsAsync()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "sqlite", ["ConnectionStrings:ClusterScope"] = database.Connection,
        }).Build();
        await using var services = new ServiceCollection().AddLogging().AddClusterScopeData(configuration).BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        var zone = await scope.ServiceProvider.GetRequiredService<ClusterScopeDbContext>().Zones.OrderBy(z => z.Code).Select(z => z.Code).FirstAsync();
        var service = scope.ServiceProvider.GetRequiredService<LeadService>();
        var manager = new SubmissionUser("cli-manager", IsAdmin: false, IsAnalyst: false, new HashSet<string> { zone });
        var reviewer = new SubmissionUser("cli-reviewer", IsAdmin: true, IsAnalyst: false, new HashSet<string>());
        var audit = new AuditScope("tester", "test");
        var win = await service.CreateAsync(new LeadEdit { CompanyName = "CLI seat maker", ZoneCode = zone, ExpectedInvestment = 4 }, manager, audit, default);
        var id = win.Id!.Value;
        var signed = await service.MoveAsync(id, win.Version!.Value, LeadStage.AgreementSigned, null, "agreement at the fair", manager, audit, default);
        var attached = await service.AttachAsync(id, signed.Version!.Value, "a.pdf", "%PDF-1.4 a"u8.ToArray(), true, manager, audit, default);
        var requested = await service.RequestVerificationAsync(id, attached.Version!.Value, manager, audit, default);
        Assert.Equal(ClusterScope.Data.Submissions.ReviewStatus.Done, (await service.DecideAsync(id, requested.Version!.Value, true, null, reviewer, audit, default)).Status);
        await service.CreateAsync(new LeadEdit { CompanyName = "CLI follow-up", ZoneCode = zone, NextAction = "call", NextActionDue = new DateOnly(2021, 5, 1) }, manager, audit, default);
        return zone;
    }
}
