using System.Globalization;
using ClusterScope.Domain.Targets;

namespace ClusterScope.Web.Features.Plans;

/// <summary>How the plan pages show statuses, comparators and forecasts.</summary>
public static class PlanView
{
    public static string StatusClass(TargetStatus status) => status switch
    {
        TargetStatus.Achieved => "success",
        TargetStatus.OnTrack => "primary",
        TargetStatus.AtRisk => "warning",
        TargetStatus.OffTrack or TargetStatus.NotAchieved => "danger",
        _ => "secondary",
    };

    public static string StatusText(TargetStatus status) => status switch
    {
        TargetStatus.Achieved => "Achieved",
        TargetStatus.OnTrack => "On track",
        TargetStatus.AtRisk => "At risk",
        TargetStatus.OffTrack => "Off track",
        TargetStatus.NotAchieved => "Not achieved",
        _ => "No data",
    };

    public static string Comparator(Comparator comparator) => comparator switch
    {
        Domain.Targets.Comparator.AtLeast => "≥",
        Domain.Targets.Comparator.AtMost => "≤",
        _ => "=",
    };

    public static string MethodText(ForecastMethod method) => method == ForecastMethod.CompoundGrowth ? "Compound growth" : "Linear trend";

    /// <summary>The series as JSON arrays for a sparkline: years and values.</summary>
    public static string SeriesJson(IReadOnlyList<YearValue> series) =>
        System.Text.Json.JsonSerializer.Serialize(new { years = series.Select(p => p.Year.ToString(CultureInfo.InvariantCulture)), values = series.Select(p => Math.Round(p.Value, 2)) });
}
