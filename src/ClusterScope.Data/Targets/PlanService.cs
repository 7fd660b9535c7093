using System.Globalization;
using ClusterScope.Domain.Registry;
using ClusterScope.Domain.Targets;
using Microsoft.EntityFrameworkCore;

namespace ClusterScope.Data.Targets;

/// <summary>Plans with their progress, drill-down and consistency findings, evaluated against the observations; shared by
/// the pages, the API and the CLI.</summary>
/// <remarks>One query per table loads what a plan's targets read (its scope's clusters and zones, the yearly observations of
/// its indicators); the evaluation itself is the pure <see cref="TargetEvaluator"/> and <see cref="PlanChecks"/>.</remarks>
public sealed class PlanService(ClusterScopeDbContext db)
{
    /// <summary>Every plan, by code.</summary>
    public async Task<IReadOnlyList<PlanSummary>> ListPlansAsync(CancellationToken ct)
    {
        var plans = await db.Plans.AsNoTracking().Include(p => p.Targets).OrderBy(p => p.Code).ToListAsync(ct);
        return plans.Select(Summary).ToList();
    }

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

    /// <summary>Every target of the plan evaluated for <paramref name="year"/> (null: the latest year with data); null when there is no such plan.</summary>
    public async Task<PlanProgress?> ProgressAsync(string code, int? year, StatusRule? rule, CancellationToken ct)
    {
        if (await GetPlanAsync(code, ct) is not { } plan)
        {
            return null;
        }

        var data = await LoadDataAsync(plan, ct);
        var latest = LatestYear(plan, data);
        var period = year ?? latest;
        rule ??= StatusRule.Default;
        return new PlanProgress(Summary(plan), period, latest, rule, plan.Targets.Select(t => TargetEvaluator.Evaluate(t, data, period, rule)).ToList());
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
        var period = year ?? LatestYear(plan, data);
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
        var incubators = (await db.Incubators.AsNoTracking().Select(i => i.ZoneCode).ToListAsync(ct))
            .GroupBy(z => z, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
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
            zones.Select(z => new ZoneFact(z.Code, z.NameEn, z.NameZh, z.EcoIndustrialStatus, incubators.GetValueOrDefault(z.Code))).ToList(),
            values);
    }

    private static int LatestYear(Plan plan, ObservedData data) => data.Values.Count == 0 ? plan.PeriodEnd : data.Values.Max(v => v.Year);

    private static PlanSummary Summary(Plan p) =>
        new(p.Code, p.NameEn, p.NameZh, p.Issuer, p.IssuedOn, p.PeriodStart, p.PeriodEnd, p.ScopeRegionCode, p.SourceDocument, p.Targets.Count, p.Version);
}
