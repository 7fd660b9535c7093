using ClusterScope.Data.Auditing;
using ClusterScope.Data.Chains;
using ClusterScope.Data.Intake;
using ClusterScope.Data.Leads;
using ClusterScope.Data.Submissions;
using ClusterScope.Data.Tests.Intake;
using ClusterScope.Domain.Chains;
using ClusterScope.Domain.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClusterScope.Data.Tests.Chains;

/// <summary>Chain maps, gaps, candidates and hand placements on the Jilin data set, on SQLite and PostgreSQL.</summary>
public abstract class ChainMapServiceTests(LoadedDatabase database)
{
    private const string Changchun = "220100";

    private static readonly SubmissionUser Admin = new("province-admin", IsAdmin: true, IsAnalyst: false, new HashSet<string>());

    private static readonly SubmissionUser Analyst = new("analyst", IsAdmin: false, IsAnalyst: true, new HashSet<string>());

    [Fact]
    public async Task The_changchun_auto_map_places_enterprises_by_their_codes_and_follows_the_status_rule()
    {
        await using var scope = database.Scope();
        var (service, chain) = Services(scope);
        var place = (await service.PlaceAsync(Changchun, default))!;
        Assert.Equal(PlaceLevel.Prefecture, place.Level);
        var map = await service.MapAsync(chain, place, null, default);

        Assert.Equal(await service.LatestYearAsync(default), map.Year);
        Assert.Equal(chain.Segments.Select(s => s.Code), map.Segments.Select(s => s.Segment.Code));
        Assert.Equal(1.0, map.Segments.Sum(s => s.Share), 9);
        var settings = scope.ServiceProvider.GetRequiredService<ChainSettings>();
        Assert.All(map.Segments, s =>
        {
            Assert.Equal(settings.Status(s.Enterprises.Count, s.Share, s.Enterprises.Any(e => e.IsLeading)), s.Status);
            Assert.All(s.Enterprises, e =>
            {
                Assert.Contains(e.ZoneCode, place.ZoneCodes);
                Assert.True(s.Segment.Covers(ChainPlacement.Digits(e.IndustryCode)!), $"{e.Code} {e.IndustryCode} on {s.Segment.Code}");
            });
        });
        Assert.Contains(map.Segments, s => s.Status == SegmentStatus.Strong);
        Assert.Contains(map.Segments, s => s.Status == SegmentStatus.Missing);
        Assert.True(map.HasSample);
    }

    [Fact]
    public async Task Gaps_leave_out_strong_segments_score_within_bounds_and_count_open_leads()
    {
        var zone = await ZoneOfAsync(Changchun);
        await using (var scope = database.Scope())
        {
            var outcome = await scope.ServiceProvider.GetRequiredService<LeadService>().CreateAsync(
                new LeadEdit { CompanyName = "Gap test battery works", ZoneCode = zone, ChainCode = "auto", SegmentCode = "batteries" },
                Admin, new AuditScope(Admin.Name, "test"), default);
            Assert.Equal(ReviewStatus.Done, outcome.Status);
        }

        await using var check = database.Scope();
        var (service, chain) = Services(check);
        var gaps = await service.GapsAsync(chain, (await service.PlaceAsync(Changchun, default))!, null, default);
        var strong = gaps.Map.Segments.Where(s => s.Status == SegmentStatus.Strong).Select(s => s.Segment.Code).ToHashSet();
        Assert.Equal(chain.Segments.Count - strong.Count, gaps.Gaps.Count);
        Assert.DoesNotContain(gaps.Gaps, g => strong.Contains(g.SegmentCode));
        Assert.All(gaps.Gaps, g => Assert.InRange(g.Score, 0, 1));
        Assert.Equal(gaps.Gaps.Select(g => g.Score).OrderDescending(), gaps.Gaps.Select(g => g.Score));
        Assert.Equal(PlaceLevel.Prefecture, gaps.ComparisonLevel);
        Assert.Equal(9, gaps.ComparisonPlaces);
        Assert.True(gaps.OpenLeads.GetValueOrDefault("batteries") >= 1);
        Assert.All(gaps.Industries, i => Assert.True(double.IsNaN(i.Density) || i.Density is >= 0 and <= 1));

        var province = await service.GapsAsync(chain, (await service.PlaceAsync(ChainMapService.ProvinceCode, default))!, null, default);
        Assert.Null(province.ComparisonLevel);
        Assert.All(province.Gaps, g => Assert.True(double.IsNaN(g.Density)));
    }

    [Fact]
    public async Task Sample_candidates_are_ranked_by_the_score_of_a_gap_they_could_fill()
    {
        await using var scope = database.Scope();
        var (service, chain) = Services(scope);
        var gaps = await service.GapsAsync(chain, (await service.PlaceAsync(Changchun, default))!, null, default);
        var ranked = await service.CandidatesAsync(gaps, null, default);
        Assert.NotEmpty(ranked);
        Assert.Equal(Enumerable.Range(1, ranked.Count), ranked.Select(r => r.Rank));
        Assert.Equal(ranked.Select(r => r.Gap.Score).OrderDescending(), ranked.Select(r => r.Gap.Score));
        Assert.All(ranked, r =>
        {
            Assert.Equal(Provenance.Sample, r.Candidate.Provenance);
            Assert.Contains(r.Gap.SegmentCode, r.Placement.SegmentCode is { } one ? [one] : r.Placement.Possible);
        });
        var top = gaps.Gaps[0].SegmentCode;
        var only = await service.CandidatesAsync(gaps, top, default);
        Assert.NotEmpty(only);
        Assert.All(only, r => Assert.Equal(top, r.Gap.SegmentCode));
    }

    [Fact]
    public async Task A_zone_manager_places_an_ambiguous_enterprise_of_their_zone_by_hand_and_it_is_audited()
    {
        var zone = await ZoneOfAsync(Changchun);
        var code = "T-PLACE-" + Guid.NewGuid().ToString("N")[..6];
        await using (var scope = database.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ClusterScopeDbContext>();
            db.Audit = new AuditScope("tester", "test");
            db.Enterprises.Add(new Enterprise { Code = code, NameZh = "长春某零部件有限公司", NameEn = "Changchun parts", IndustryCode = "C3670", ZoneCode = zone });
            await db.SaveChangesAsync();
        }

        var manager = new SubmissionUser($"manager-{zone}", IsAdmin: false, IsAnalyst: false, new HashSet<string> { zone });
        var stranger = new SubmissionUser("manager-elsewhere", IsAdmin: false, IsAnalyst: false, new HashSet<string> { "22999999" });
        await using var act = database.Scope();
        var (service, chain) = Services(act);
        var placements = act.ServiceProvider.GetRequiredService<PlacementService>();
        var place = (await service.PlaceAsync(zone, default))!;
        Assert.Contains((await service.MapAsync(chain, place, null, default)).Unplaced, e => e.Code == code);

        Assert.Equal(ReviewStatus.NotFound, (await placements.PlaceAsync(code, "auto", "chassis", null, stranger, Audit(stranger), default)).Status);
        Assert.Equal(ReviewStatus.NotAllowed, (await placements.PlaceAsync(code, "auto", "chassis", null, Analyst, Audit(Analyst), default)).Status);
        var bad = await placements.PlaceAsync(code, "auto", "wheels", null, manager, Audit(manager), default);
        Assert.Equal(ReviewStatus.Invalid, bad.Status);
        Assert.Contains("'wheels' is not a segment of auto", bad.Message, StringComparison.Ordinal);
        Assert.Equal(ReviewStatus.NotFound, (await placements.PlaceAsync(code, "no-chain", "chassis", null, manager, Audit(manager), default)).Status);

        Assert.Equal(ReviewStatus.Done, (await placements.PlaceAsync(code, "auto", "chassis", "makes axles", manager, Audit(manager), default)).Status);
        var map = await service.MapAsync(chain, place, null, default);
        var placed = map.Segments.Single(s => s.Segment.Code == "chassis").Enterprises.Single(e => e.Code == code);
        Assert.Equal((PlacementBasis.Manual, "makes axles"), (placed.Placement.Basis, placed.Placement.Detail));
        Assert.DoesNotContain(map.Unplaced, e => e.Code == code);

        Assert.Equal(ReviewStatus.Done, (await placements.PlaceAsync(code, "auto", PlacementService.NotInChain, null, Admin, Audit(Admin), default)).Status);
        Assert.DoesNotContain((await service.MapAsync(chain, place, null, default)).Segments.SelectMany(s => s.Enterprises), e => e.Code == code);
        Assert.Equal(ReviewStatus.Done, (await placements.PlaceAsync(code, "auto", null, null, Admin, Audit(Admin), default)).Status);
        Assert.Contains((await service.MapAsync(chain, place, null, default)).Unplaced, e => e.Code == code);

        var db2 = act.ServiceProvider.GetRequiredService<ClusterScopeDbContext>();
        var audit = await db2.AuditEntries.Where(a => a.EntityType == nameof(SegmentPlacement)).ToListAsync();
        Assert.Contains(audit, a => a.Actor == manager.Name && a.Action == "Created");
        Assert.Contains(audit, a => a.Actor == Admin.Name && a.Action == "Deleted");
        Assert.Contains(audit, a => a.Actor == Admin.Name);
    }

    [Fact]
    public async Task Candidate_files_are_imported_and_bad_rows_are_named_with_nothing_written()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        const string Header = "code,name_zh,name_en,credit_code,industry_code,origin,size,notes,provenance,source";
        var bad = ImportFiles.Csv($"cand-bad-{tag}.csv",
            $"{Header}\nX-{tag}-1,甲公司,A,,C9999,深圳,Large,,Real,list\nX-{tag}-2,乙公司,B,91220101MA0Y5XXXXZ,3670,上海,Medium,,Real,list\nX-{tag}-3,,C,,3670,,Small,,Real,list\n");
        var good = ImportFiles.Csv($"cand-good-{tag}.csv", $"{Header}\nX-{tag}-1,长春甲座椅公司,A seats,,C3670,深圳,Large,主营座椅,Real,officer list\n");
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ClusterScopeDbContext>();
        db.Audit = new AuditScope("officer", "test");
        var importer = scope.ServiceProvider.GetRequiredService<DataImporter>();

        var refused = await importer.ImportAsync(ImportKind.Candidates, bad, new ImportOptions(), null, default);
        Assert.True(refused.Refused);
        Assert.Equal([(2, "industry_code"), (3, "credit_code"), (4, "name_zh")], refused.Errors.Select(e => (e.Row, e.Column)).Order());
        Assert.False(await db.Candidates.AnyAsync(c => c.Code.StartsWith("X-" + tag)));

        var report = await importer.ImportAsync(ImportKind.Candidates, good, new ImportOptions(), null, default);
        Assert.False(report.Refused);
        Assert.Equal(1, report.Added);
        var candidate = await db.Candidates.AsNoTracking().SingleAsync(c => c.Code == $"X-{tag}-1");
        Assert.Equal(("C3670", EnterpriseSize.Large, Provenance.Real), (candidate.IndustryCode, candidate.Size, candidate.Provenance));
        // 3670 lies in five auto segments; the product word 座椅 names body and interior.
        Assert.Equal("body-interior", ChainPlacement.Place(Services(scope).Chain, candidate.IndustryCode, candidate.NameZh, candidate.Notes).SegmentCode);
    }

    private static (ChainMapService Service, ChainTemplate Chain) Services(AsyncServiceScope scope) =>
        (scope.ServiceProvider.GetRequiredService<ChainMapService>(), scope.ServiceProvider.GetRequiredService<ChainCatalogue>().Find("auto")!);

    private async Task<string> ZoneOfAsync(string prefecture)
    {
        await using var scope = database.Scope();
        return await scope.ServiceProvider.GetRequiredService<ClusterScopeDbContext>().Zones.AsNoTracking()
            .Where(z => z.PrefectureCode == prefecture).OrderBy(z => z.Code).Select(z => z.Code).FirstAsync();
    }

    private static AuditScope Audit(SubmissionUser user) => new(user.Name, "test");
}

public sealed class SqliteChainMapServiceTests(SqliteDatabase database) : ChainMapServiceTests(database), IClassFixture<SqliteDatabase>;

public sealed class PostgresChainMapServiceTests(PostgresDatabase database) : ChainMapServiceTests(database), IClassFixture<PostgresDatabase>;
