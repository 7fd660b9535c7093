using ClusterScope.Data.Auditing;
using ClusterScope.Data.Submissions;
using ClusterScope.Data.Tests.Intake;
using ClusterScope.Domain.Registry;
using ClusterScope.Domain.Submissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClusterScope.Data.Tests.Submissions;

/// <summary>The maker-checker workflow on SQLite and PostgreSQL; each test uses its own periods.</summary>
public abstract partial class SubmissionTests(LoadedDatabase database)
{
    private const string Header = "entity_kind,entity_code,indicator_code,period,value,status,provenance,source";

    private static readonly SubmissionUser Admin = new("reviewer", IsAdmin: true, IsAnalyst: false, new HashSet<string>());

    private static readonly SubmissionUser OtherAdmin = new("second-reviewer", IsAdmin: true, IsAnalyst: false, new HashSet<string>());

    private static readonly SubmissionUser Analyst = new("analyst", IsAdmin: false, IsAnalyst: true, new HashSet<string>());

    [Fact]
    public async Task Submitted_figures_stay_out_of_observations_until_approved_then_apply_with_revisions_and_audit()
    {
        var (zone, cluster) = await ZoneWithClusterAsync(0);
        var manager = Manager(zone);
        var first = await SubmitAsync(manager, zone, $"{Header}\nCluster,{cluster},cluster_output,2041-Q1,10,Reported,Real,first\n");
        Assert.Equal(ReviewStatus.Done, (await ApproveAsync(first, Admin)).Status);
        Assert.Equal(10, await ValueAsync(cluster, "2041-Q1"));

        var second = await SubmitAsync(manager, zone, $"""
            {Header}
            Cluster,{cluster},cluster_output,2041-Q1,12.5,Reported,Real,second
            Zone,{zone},zone_industrial_output,2041-Q1,99,Reported,Real,
            """);
        Assert.Equal(10, await ValueAsync(cluster, "2041-Q1"));
        Assert.Null(await ValueAsync(zone, "2041-Q1"));

        await using (var scope = database.Scope())
        {
            var detail = await scope.ServiceProvider.GetRequiredService<SubmissionQueries>().GetAsync(second, manager, default);
            Assert.Equal(SubmissionStatus.Submitted, detail!.Submission.Status);
            Assert.Equal([(10.0, 12.5), (double.NaN, 99)], detail.Figures.Select(f => (f.CurrentValue ?? double.NaN, f.Figure.Value)));
        }

        Assert.Equal(ReviewStatus.Done, (await ApproveAsync(second, Admin)).Status);
        Assert.Equal(12.5, await ValueAsync(cluster, "2041-Q1"));
        Assert.Equal(99, await ValueAsync(zone, "2041-Q1"));

        await using var check = database.Scope();
        var db = check.ServiceProvider.GetRequiredService<ClusterScopeDbContext>();
        var observation = await db.Observations.SingleAsync(o => o.EntityCode == cluster && o.IndicatorCode == "cluster_output" && o.Period == "2041-Q1");
        var revision = await db.ObservationRevisions.SingleAsync(r => r.ObservationId == observation.Id);
        Assert.Equal((10.0, $"submission {second}", "reviewer"), (revision.OldValue, revision.ImportName, revision.ReplacedBy));
        var audit = await db.AuditEntries.Where(a => a.EntityCode == $"Cluster:{cluster}:cluster_output:2041-Q1" && a.Field == "Value").ToListAsync();
        Assert.Contains(audit, a => a.Origin == $"submission {second} by {manager.Name}, approved by reviewer" && a.NewValue == "12.5");
        var number = second.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var submission = await db.Submissions.Include(s => s.Figures).SingleAsync(s => s.Id == second);
        Assert.Equal(("reviewer", 10.0), (submission.ReviewedBy, submission.Figures.Single(f => f.EntityKind == EntityKind.Cluster).ReplacedValue));
        Assert.True(await db.AuditEntries.AnyAsync(a => a.EntityType == "Submission" && a.EntityCode == number && a.Action == "Created"));
        Assert.True(await db.AuditEntries.AnyAsync(a => a.EntityType == "Submission" && a.EntityCode == number && a.Field == "Status" && a.NewValue == "Approved"));
    }

    [Fact]
    public async Task Rows_outside_the_chosen_zone_are_errors_naming_row_and_code_and_nothing_is_stored()
    {
        var (zone, cluster) = await ZoneWithClusterAsync(0);
        var (otherZone, otherCluster) = await ZoneWithClusterAsync(1);
        var before = await CountSubmissionsAsync();
        await using var scope = database.Scope();
        var preview = await scope.ServiceProvider.GetRequiredService<SubmissionService>().SubmitAsync(Manager(zone), zone,
            ImportFiles.Csv("outside.csv", $"""
                {Header}
                Cluster,{cluster},cluster_output,2042-Q1,1,Reported,Real,
                Cluster,{otherCluster},cluster_output,2042-Q1,2,Reported,Real,
                Region,220100,cluster_output,2042-Q1,3,Reported,Real,
                Cluster,{cluster},cluster_output,2042-Q2,oops,Reported,Real,
                """), "outside.csv", dryRun: false, new AuditScope("manager", "test"), default);

        Assert.True(preview.Report.Refused);
        Assert.Null(preview.SubmissionId);
        var notYours = Assert.Single(preview.Report.Errors, e => e.Row == 3);
        Assert.Equal("entity_code", notYours.Column);
        Assert.Equal($"{otherCluster} belongs to zone {otherZone}, which is not one of your zones", notYours.Message);
        Assert.Contains("不是您负责的开发区", notYours.MessageZh, StringComparison.Ordinal);
        Assert.Contains(preview.Report.Errors, e => e.Row == 4);
        Assert.Contains(preview.Report.Errors, e => e.Row == 5 && e.Column == "value");
        Assert.Equal(before, await CountSubmissionsAsync());
    }

    [Fact]
    public async Task A_zone_manager_cannot_submit_for_a_zone_not_theirs()
    {
        var (zone, _) = await ZoneWithClusterAsync(0);
        var (otherZone, otherCluster) = await ZoneWithClusterAsync(1);
        await using var scope = database.Scope();
        var preview = await scope.ServiceProvider.GetRequiredService<SubmissionService>().SubmitAsync(Manager(zone), otherZone,
            ImportFiles.Csv("other.csv", $"{Header}\nCluster,{otherCluster},cluster_output,2042-Q3,1,Reported,Real,\n"), "other.csv", dryRun: false,
            new AuditScope("manager", "test"), default);
        Assert.True(preview.Report.Refused);
        Assert.Equal("zone", Assert.Single(preview.Report.Errors).Column);
    }

    [Fact]
    public async Task The_submitter_cannot_approve_their_own_figures_even_as_admin()
    {
        var (zone, cluster) = await ZoneWithClusterAsync(0);
        var id = await SubmitAsync(Admin, zone, $"{Header}\nCluster,{cluster},cluster_output,2043-Q1,5,Reported,Real,\n");
        var own = await ApproveAsync(id, Admin);
        Assert.Equal(ReviewStatus.NotAllowed, own.Status);
        Assert.Contains("another reviewer", own.Message, StringComparison.Ordinal);
        Assert.Null(await ValueAsync(cluster, "2043-Q1"));
        Assert.Equal(ReviewStatus.Done, (await ApproveAsync(id, OtherAdmin)).Status);
        Assert.Equal(5, await ValueAsync(cluster, "2043-Q1"));
    }

    [Fact]
    public async Task Zone_managers_and_analysts_cannot_review()
    {
        var (zone, cluster) = await ZoneWithClusterAsync(0);
        var id = await SubmitAsync(Manager(zone), zone, $"{Header}\nCluster,{cluster},cluster_output,2043-Q2,5,Reported,Real,\n");
        Assert.Equal(ReviewStatus.NotAllowed, (await ApproveAsync(id, Manager(zone) with { Name = "colleague" })).Status);
        Assert.Equal(ReviewStatus.NotAllowed, (await ApproveAsync(id, Analyst)).Status);
        Assert.Null(await ValueAsync(cluster, "2043-Q2"));
    }

    [Fact]
    public async Task A_second_reviewer_on_a_stale_page_gets_a_conflict_naming_the_first_decision()
    {
        var (zone, cluster) = await ZoneWithClusterAsync(0);
        var id = await SubmitAsync(Manager(zone), zone, $"{Header}\nCluster,{cluster},cluster_output,2044-Q1,7,Reported,Real,\n");
        var version = await VersionAsync(id);

        Assert.Equal(ReviewStatus.Done, (await ApproveAsync(id, Admin, version)).Status);
        await using var scope = database.Scope();
        var stale = await scope.ServiceProvider.GetRequiredService<SubmissionService>()
            .RejectAsync(id, version, "too high", OtherAdmin, new AuditScope(OtherAdmin.Name, "test"), default);
        Assert.Equal(ReviewStatus.Conflict, stale.Status);
        Assert.Equal($"reviewer approved submission {id} after you opened it; nothing was changed. Reload the page.", stale.Message);
        Assert.Equal(SubmissionStatus.Approved, (await GetAsync(id)).Status);
    }

    [Fact]
    public async Task Two_reviewers_deciding_at_once_are_caught_by_the_version_token()
    {
        var (zone, cluster) = await ZoneWithClusterAsync(0);
        var id = await SubmitAsync(Manager(zone), zone, $"{Header}\nCluster,{cluster},cluster_output,2044-Q2,8,Reported,Real,\n");
        var version = await VersionAsync(id);

        // The second reviewer's context has read the submission before the first decides, as two simultaneous requests would.
        await using var second = database.Scope();
        var secondDb = second.ServiceProvider.GetRequiredService<ClusterScopeDbContext>();
        Assert.NotNull(await secondDb.Submissions.FindAsync(id));
        Assert.Equal(ReviewStatus.Done, (await ApproveAsync(id, Admin, version)).Status);

        var late = await second.ServiceProvider.GetRequiredService<SubmissionService>()
            .ApproveAsync(id, version, OtherAdmin, new AuditScope(OtherAdmin.Name, "test"), default);
        Assert.Equal(ReviewStatus.Conflict, late.Status);
        await using var check = database.Scope();
        var db = check.ServiceProvider.GetRequiredService<ClusterScopeDbContext>();
        Assert.Equal("reviewer", (await db.Submissions.SingleAsync(s => s.Id == id)).ReviewedBy);
        Assert.Equal(0, await db.ObservationRevisions.CountAsync(r => r.ImportName == $"submission {id}"));
    }

    [Fact]
    public async Task A_rejection_needs_a_reason_and_applies_nothing()
    {
        var (zone, cluster) = await ZoneWithClusterAsync(0);
        var manager = Manager(zone);
        var id = await SubmitAsync(manager, zone, $"{Header}\nCluster,{cluster},cluster_output,2045-Q1,9,Reported,Real,\n");
        var version = await VersionAsync(id);
        await using (var scope = database.Scope())
        {
            var service = scope.ServiceProvider.GetRequiredService<SubmissionService>();
            Assert.Equal(ReviewStatus.Invalid, (await service.RejectAsync(id, version, "  ", Admin, new AuditScope("reviewer", "test"), default)).Status);
            Assert.Equal(ReviewStatus.Done, (await service.RejectAsync(id, version, "Q1 output is annual, not quarterly", Admin, new AuditScope("reviewer", "test"), default)).Status);
        }

        var rejected = await GetAsync(id, manager);
        Assert.Equal((SubmissionStatus.Rejected, "Q1 output is annual, not quarterly", "reviewer"), (rejected.Status, rejected.Reason, rejected.ReviewedBy));
        Assert.Null(await ValueAsync(cluster, "2045-Q1"));
    }

    [Fact]
    public async Task Only_the_submitter_withdraws_and_only_before_review()
    {
        var (zone, cluster) = await ZoneWithClusterAsync(0);
        var manager = Manager(zone);
        var id = await SubmitAsync(manager, zone, $"{Header}\nCluster,{cluster},cluster_output,2045-Q2,9,Reported,Real,\n");
        var version = await VersionAsync(id);
        await using var scope = database.Scope();
        var service = scope.ServiceProvider.GetRequiredService<SubmissionService>();
        Assert.Equal(ReviewStatus.NotAllowed, (await service.WithdrawAsync(id, version, manager with { Name = "colleague" }, new AuditScope("colleague", "test"), default)).Status);
        Assert.Equal(ReviewStatus.Done, (await service.WithdrawAsync(id, version, manager, new AuditScope(manager.Name, "test"), default)).Status);
        Assert.Equal(ReviewStatus.Conflict, (await ApproveAsync(id, Admin, version)).Status);
        Assert.Null(await ValueAsync(cluster, "2045-Q2"));
    }

    [Fact]
    public async Task A_zone_manager_sees_the_submissions_of_their_zones_only()
    {
        var (zone, cluster) = await ZoneWithClusterAsync(0);
        var (otherZone, otherCluster) = await ZoneWithClusterAsync(1);
        var mine = await SubmitAsync(Manager(zone), zone, $"{Header}\nCluster,{cluster},cluster_output,2046-Q1,1,Reported,Real,\n");
        var theirs = await SubmitAsync(Manager(otherZone), otherZone, $"{Header}\nCluster,{otherCluster},cluster_output,2046-Q1,1,Reported,Real,\n");

        await using var scope = database.Scope();
        var queries = scope.ServiceProvider.GetRequiredService<SubmissionQueries>();
        var listed = (await queries.ListAsync(Manager(zone), null, default)).Select(r => r.Id).ToList();
        Assert.Contains(mine, listed);
        Assert.DoesNotContain(theirs, listed);
        Assert.Null(await queries.GetAsync(theirs, Manager(zone), default));
        Assert.Equal(ReviewStatus.NotFound, (await scope.ServiceProvider.GetRequiredService<SubmissionService>()
            .WithdrawAsync(theirs, 0, Manager(zone) with { Name = Manager(otherZone).Name }, new AuditScope("x", "test"), default)).Status);
        var all = (await queries.ListAsync(Analyst, SubmissionStatus.Submitted, default)).Select(r => r.Id).ToList();
        Assert.Contains(mine, all);
        Assert.Contains(theirs, all);
    }

    [Fact]
    public async Task A_jump_against_the_approved_history_is_flagged_with_its_rule_and_numbers_and_stored_with_the_submission()
    {
        var (zone, cluster) = await ZoneWithClusterAsync(0);
        var manager = Manager(zone);
        Assert.Equal(ReviewStatus.Done, (await ApproveAsync(await SubmitAsync(manager, zone, $"{Header}\nCluster,{cluster},cluster_output,2048-Q1,10,Reported,Real,\n"), Admin)).Status);
        var file = $"{Header}\nCluster,{cluster},cluster_output,2049-Q1,30,Reported,Real,\n";

        await using (var scope = database.Scope())
        {
            var preview = await scope.ServiceProvider.GetRequiredService<SubmissionService>().SubmitAsync(manager, zone, ImportFiles.Csv("dry.csv", file), "dry.csv",
                dryRun: true, new AuditScope(manager.Name, "test"), default);
            Assert.Null(preview.SubmissionId);
            Assert.Contains(preview.Flags, f => f.Rule == "YearOnYearJump");
        }

        var id = await SubmitAsync(manager, zone, file);
        var flag = Assert.Single((await GetAsync(id, manager)).Flags, f => f.Rule == "YearOnYearJump");
        Assert.Equal((EntityKind.Cluster, cluster, "cluster_output", "2049-Q1"), (flag.EntityKind, flag.EntityCode, flag.IndicatorCode, flag.Period));
        var numbers = System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, double>>(flag.NumbersJson)!;
        Assert.Equal((10.0, 30.0, 2.0, 0.5), (numbers["previous"], numbers["current"], numbers["change"], numbers["band"]));
        Assert.Contains("2049-Q1", flag.Message, StringComparison.Ordinal);
        Assert.Contains("2049-Q1", flag.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_flag_is_dismissed_by_an_admin_with_a_reason_kept_and_audited()
    {
        var (zone, cluster) = await ZoneWithClusterAsync(0);
        var id = await SubmitAsync(Manager(zone), zone, $"""
            {Header}
            Cluster,{cluster},cluster_output,2047-Q1,77,Reported,Real,
            Cluster,{cluster},cluster_output,2047-Q2,77,Reported,Real,
            """);
        var flagId = Assert.Single((await GetAsync(id)).Flags, f => f.Rule == "IdenticalAcrossPeriods").Id;

        await using (var scope = database.Scope())
        {
            var service = scope.ServiceProvider.GetRequiredService<SubmissionService>();
            Assert.Equal(ReviewStatus.NotAllowed, (await service.DismissFlagAsync(id, flagId, "fine", Manager(zone), new AuditScope("m", "test"), default)).Status);
            Assert.Equal(ReviewStatus.Invalid, (await service.DismissFlagAsync(id, flagId, "", Admin, new AuditScope("reviewer", "test"), default)).Status);
            Assert.Equal(ReviewStatus.Done, (await service.DismissFlagAsync(id, flagId, "output was flat: plant shut for repairs", Admin, new AuditScope("reviewer", "test"), default)).Status);
        }

        await using var check = database.Scope();
        var db = check.ServiceProvider.GetRequiredService<ClusterScopeDbContext>();
        var stored = await db.SubmissionFlags.SingleAsync(f => f.Id == flagId);
        Assert.Equal(("reviewer", "output was flat: plant shut for repairs"), (stored.DismissedBy, stored.DismissalReason));
        Assert.NotNull(stored.DismissedAtUtc);
        Assert.True(await db.AuditEntries.AnyAsync(a => a.EntityType == "SubmissionFlag" && a.Field == "DismissalReason"
            && a.NewValue == "output was flat: plant shut for repairs" && a.Actor == "reviewer"));
    }

    private static SubmissionUser Manager(string zone) => new($"manager-{zone}", IsAdmin: false, IsAnalyst: false, new HashSet<string> { zone });

    private async Task<long> SubmitAsync(SubmissionUser user, string zone, string csv)
    {
        await using var scope = database.Scope();
        var preview = await scope.ServiceProvider.GetRequiredService<SubmissionService>().SubmitAsync(user, zone, ImportFiles.Csv("s.csv", csv), "s.csv",
            dryRun: false, new AuditScope(user.Name, "test"), default);
        Assert.Empty(preview.Report.Errors);
        return preview.SubmissionId!.Value;
    }

    private async Task<ReviewOutcome> ApproveAsync(long id, SubmissionUser reviewer, int? version = null)
    {
        version ??= await VersionAsync(id);
        await using var scope = database.Scope();
        return await scope.ServiceProvider.GetRequiredService<SubmissionService>().ApproveAsync(id, version.Value, reviewer, new AuditScope(reviewer.Name, "test"), default);
    }

    private async Task<int> VersionAsync(long id) => (await GetAsync(id)).Version;

    private async Task<Submission> GetAsync(long id, SubmissionUser? user = null)
    {
        await using var scope = database.Scope();
        return (await scope.ServiceProvider.GetRequiredService<SubmissionQueries>().GetAsync(id, user ?? Analyst, default))!.Submission;
    }

    private async Task<double?> ValueAsync(string entity, string period)
    {
        await using var scope = database.Scope();
        return await scope.ServiceProvider.GetRequiredService<ClusterScopeDbContext>().Observations
            .Where(o => o.EntityCode == entity && o.Period == period).Select(o => (double?)o.Value).FirstOrDefaultAsync();
    }

    private async Task<int> CountSubmissionsAsync()
    {
        await using var scope = database.Scope();
        return await scope.ServiceProvider.GetRequiredService<ClusterScopeDbContext>().Submissions.CountAsync();
    }

    /// <summary>The <paramref name="index"/>-th zone (by code) that has a cluster, and its first cluster.</summary>
    private async Task<(string Zone, string Cluster)> ZoneWithClusterAsync(int index)
    {
        await using var scope = database.Scope();
        var clusters = await scope.ServiceProvider.GetRequiredService<ClusterScopeDbContext>().Clusters.AsNoTracking()
            .OrderBy(c => c.ZoneCode).ThenBy(c => c.Code).Select(c => new { c.ZoneCode, c.Code }).ToListAsync();
        var first = clusters.GroupBy(c => c.ZoneCode).ElementAt(index).First();
        return (first.ZoneCode, first.Code);
    }
}

public sealed class SqliteSubmissionTests(SqliteDatabase database) : SubmissionTests(database), IClassFixture<SqliteDatabase>;

public sealed class PostgresSubmissionTests(PostgresDatabase database) : SubmissionTests(database), IClassFixture<PostgresDatabase>;
