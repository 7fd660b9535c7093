using ClusterScope.Data.Registry;
using ClusterScope.Domain.Targets;

namespace ClusterScope.Data.Targets;

/// <summary>Every target of a plan evaluated for one year.</summary>
/// <param name="Plan">The plan.</param>
/// <param name="Period">The year evaluated.</param>
/// <param name="LatestYear">The latest year with data for the plan's indicators (the plan's last year when there are none).</param>
/// <param name="Rule">The status rule used.</param>
/// <param name="Targets">One row per target, in the plan's order.</param>
/// <param name="Periods">The years of the plan's main indicator with their coverage, the default by coverage and <paramref name="Period"/>.</param>
public sealed record PlanProgress(PlanSummary Plan, int Period, int LatestYear, StatusRule Rule, IReadOnlyList<TargetProgress> Targets, PeriodChoice Periods);
