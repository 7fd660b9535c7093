using System.Globalization;
using ClusterScope.Data.Registry;
using ClusterScope.Domain.Registry;
using ClusterScope.Domain.Targets;
using Microsoft.EntityFrameworkCore;

namespace ClusterScope.Data.Targets;

/// <summary>Plans with their progress, drill-down and consistency findings, evaluated against the observations; shared by
/// the pages, the API and the CLI.</summary>
/// <remarks>One query per table loads what a plan's targets read (its scope's clusters and zones, the yearly observations of
/// its indicators); the evaluation itself is the pure <see cref="TargetEvaluator"/> and <see cref="PlanChecks"/>.</remarks>
public sealed class PlanService(ClusterScopeDbContext db, Periods periods)
{
    /// <summary>Every plan, by code.</summary>
    public async Task<IReadOnlyList<PlanSummary>> ListPlansAsync(CancellationToken ct)
    {
        var plans = await db.Plans.AsNoTracking().Include(p => p.Targets).OrderBy(p => p.Code).ToListAsync(ct);
        return plans.Select(Summary).ToList();
    }

    /// <summary>Every plan, by code, with its targets' statuses counted in the year it opens on (see <see cref="ProgressAsync"/>).</summary>
    public async Task<IReadOnlyList<PlanSummary>> ListPlanStatusesAsync(CancellationToken ct)
    {
        var rollUps = new List<PlanSummary>();
        foreach (var summary in await ListPlansAsync(ct))
        {
            var progress = (await ProgressAsync(summary.Code, null, null, ct))!;
            rollUps.Add(summary with
            {
                OpensOn = progress.Period,
                Statuses = Enum.GetValues<TargetStatus>().ToDictionary(s => s, s => progress.Targets.Count(t => t.Status == s)),
            });
        }

        return rollUps;
    }

    /// <summary>The years of the plan's main indicator over its scope with their coverage (see <see cref="Periods"/>); the year
    /// "latest" means. Null when there is no such plan.</summary>
    public async Task<PeriodChoice?> PeriodsAsync(string code, int? year, CancellationToken ct) =>
        await GetPlanAsync(code, ct) is { } plan ? await PeriodsAsync(plan, await LoadDataAsync(plan, ct), year, ct) : null;

    /// <summary>One plan with its targets in their order; null when there is no such plan.</summary>
    public async Task<Plan?> GetPlanAsync(string code, CancellationToken ct)
    {
        var plan = await db.Plans.AsNoTracking().Include(p => p.Targets).FirstOrDefaultAsync(p => p.Code == code, ct);
        if (plan is not null)
        {
            var ordered = plan.Targets.OrderBy(t => t.SortOrder).ThenBy(t => t.Id).ToList();
            plan.Targets.Clear();
            plan.Targets.AddRange(ordered);
        }

        return plan;
    }

    /// <summary>Every target of the plan evaluated for <paramref name="year"/>; null when there is no such plan.</summary>
    /// <remarks>Without a year, a plan whose last year lies before the default year by coverage opens on its last year (the
    /// deadline has passed: what counts is where it stood then); otherwise on the default year by coverage.</remarks>
    public async Task<PlanProgress?> ProgressAsync(string code, int? year, StatusRule? rule, CancellationToken ct)
    {
        if (await GetPlanAsync(code, ct) is not { } plan)
        {
            return null;
        }

        var data = await LoadDataAsync(plan, ct);
        var choice = await PeriodsAsync(plan, data, year, ct);
        var period = year ?? (choice.Default is int complete ? Math.Min(complete, plan.PeriodEnd) : plan.PeriodEnd);
        rule ??= StatusRule.Default;
        return new PlanProgress(Summary(plan), period, LatestYear(plan, data), rule,
            plan.Targets.Select(t => TargetEvaluator.Evaluate(t, data, period, rule)).ToList(), choice with { Selected = period });
    }

    /// <summary>The plan's consistency findings, with implied quantities compared against the observations; null when there is no such plan.</summary>
    public async Task<IReadOnlyList<PlanFinding>?> FindingsAsync(string code, CancellationToken ct)
    {
        if (await GetPlanAsync(code, ct) is not { } plan)
        {
            return null;
        }

        return PlanChecks.Run(plan, await LoadDataAsync(plan, ct));
    }

    /// <summary>The entities behind one target's number in <paramref name="year"/> (null: latest); null when there is no such plan or target.</summary>
    public async Task<TargetEntities?> EntitiesAsync(string code, int targetId, int? year, CancellationToken ct)
    {
        if (await GetPlanAsync(code, ct) is not { } plan || plan.Targets.FirstOrDefault(t => t.Id == targetId) is not { } target)
        {
            return null;
        }

        var data = await LoadDataAsync(plan, ct);
        var period = year ?? (await PeriodsAsync(plan, data, null, ct)).Default ?? plan.PeriodEnd;
        return new TargetEntities(TargetEvaluator.Evaluate(target, data, period, StatusRule.Default), TargetEvaluator.Entities(target, data, period));
    }

    /// <summary>The clusters and zones of the plan's scope and the yearly observations of the indicators its targets read.</summary>
    public async Task<ObservedData> LoadDataAsync(Plan plan, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var scope = await db.Regions.AsNoTracking().FirstOrDefaultAsync(r => r.Code == plan.ScopeRegionCode, ct);
        var wholeProvince = scope is null || scope.Level == RegionLevel.Province;
        var zones = (await db.Zones.AsNoTracking().ToListAsync(ct))
            .Where(z => wholeProvince || z.PrefectureCode == plan.ScopeRegionCode || z.CountyCode == plan.ScopeRegionCode).ToList();
        var zoneCodes = zones.Select(z => z.Code).ToHashSet(StringComparer.Ordinal);
        var incubators = (await db.Incubators.AsNoTracking().Select(i => new { i.ZoneCode, i.Provenance }).ToListAsync(ct))
            .GroupBy(i => i.ZoneCode, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (All: g.Count(), Sample: g.Count(i => i.Provenance == Provenance.Sample)), StringComparer.Ordinal);
        var clusters = (await db.Clusters.AsNoTracking().ToListAsync(ct)).Where(c => zoneCodes.Contains(c.ZoneCode))
            .Select(c => new ClusterFact(c.Code, c.ZoneCode, c.CategoryCode, c.NameEn, c.NameZh)).ToList();
        var indicators = plan.Targets.SelectMany(t => new[] { t.Indicator, t.ReferenceIndicator }).OfType<string>().Distinct().ToList();
        var observations = await db.Observations.AsNoTracking().Where(o => indicators.Contains(o.IndicatorCode) && o.Period.Length == 4).ToListAsync(ct);
        var clusterCodes = clusters.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        var values = observations
            .Where(o => o.EntityKind != EntityKind.Cluster || clusterCodes.Contains(o.EntityCode))
            .Select(o => int.TryParse(o.Period, NumberStyles.None, CultureInfo.InvariantCulture, out var y)
                ? new ObservedValue(o.EntityKind, o.EntityCode, o.IndicatorCode, y, o.Value, o.Provenance == Provenance.Sample)
                : null)
            .OfType<ObservedValue>().ToList();
        return new ObservedData(clusters,
            zones.Select(z => new ZoneFact(z.Code, z.NameEn, z.NameZh, z.EcoIndustrialStatus, incubators.GetValueOrDefault(z.Code).All,
                incubators.GetValueOrDefault(z.Code).Sample)).ToList(),
            values,
            plan.Targets.Any(t => t.Kind == TargetKind.VerifiedWins) ? await WinsAsync(zones, ct) : null);
    }

    private async Task<IReadOnlyList<VerifiedWin>> WinsAsync(IReadOnlyList<DevelopmentZone> zones, CancellationToken ct)
    {
        var byCode = zones.ToDictionary(z => z.Code, StringComparer.Ordinal);
        var verified = await db.Leads.AsNoTracking().Where(l => l.Verification == Domain.Leads.Verification.Verified).ToListAsync(ct);
        return verified.Where(l => l.CountsAsWin && l.WinYear is not null && byCode.ContainsKey(l.ZoneCode))
            .Select(l => new VerifiedWin(l.Id, l.ZoneCode, byCode[l.ZoneCode].NameEn, byCode[l.ZoneCode].NameZh, l.ChainCode, l.WinYear!.Value,
                l.ExpectedInvestment ?? 0, l.ExpectedJobs ?? 0)).ToList();
    }

    // The plan's main indicator: the first its cluster targets read, over the scope's clusters; else the first programme
    // figure, over the regions it is read for.
    private Task<PeriodChoice> PeriodsAsync(Plan plan, ObservedData data, int? year, CancellationToken ct)
    {
        var clusterTarget = plan.Targets.FirstOrDefault(t => t.Kind is TargetKind.Count or TargetKind.Sum or TargetKind.Share && t.Indicator is not null);
        if (clusterTarget is not null || plan.Targets.All(t => t.Kind != TargetKind.ProgrammeFigure))
        {
            return periods.ChooseAsync(EntityKind.Cluster, clusterTarget?.Indicator ?? "cluster_output", year, data.Clusters.Select(c => c.Code).ToList(), ct);
        }

        var figures = plan.Targets.Where(t => t.Kind == TargetKind.ProgrammeFigure).ToList();
        return periods.ChooseAsync(EntityKind.Region, figures[0].Indicator!, year,
            figures.Where(t => t.Indicator == figures[0].Indicator).Select(t => t.ReferenceEntity!).Distinct(StringComparer.Ordinal).ToList(), ct);
    }

    private static int LatestYear(Plan plan, ObservedData data) => data.Values.Count == 0 ? plan.PeriodEnd : data.Values.Max(v => v.Year);

    private static PlanSummary Summary(Plan p) =>
        new(p.Code, p.NameEn, p.NameZh, p.Issuer, p.IssuedOn, p.PeriodStart, p.PeriodEnd, p.ScopeRegionCode, p.SourceDocument, p.Targets.Count, p.Version,
            IssuerZh: p.IssuerZh, SourceDocumentZh: p.SourceDocumentZh);
}
