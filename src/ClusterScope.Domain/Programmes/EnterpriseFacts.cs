using ClusterScope.Domain.Registry;

namespace ClusterScope.Domain.Programmes;

/// <summary>What eligibility rules may read about one enterprise: its registry record, its yearly observations and where its zone lies.</summary>
/// <param name="Enterprise">The registry record.</param>
/// <param name="Observations">Yearly values by (indicator code, year).</param>
/// <param name="ZoneRegionCode">The prefecture code of the enterprise's zone; null when it has no zone or the zone is not in the registry.</param>
public sealed record EnterpriseFacts(Enterprise Enterprise, IReadOnlyDictionary<(string Indicator, int Year), double> Observations, string? ZoneRegionCode)
{
    /// <summary>Collects the facts of one enterprise from registry rows.</summary>
    /// <param name="enterprise">The enterprise.</param>
    /// <param name="observations">Its observations; only yearly ones are kept (quarters and months are not yearly figures).</param>
    /// <param name="zones">Zones by code, to find the prefecture of the enterprise's zone.</param>
    public static EnterpriseFacts From(Enterprise enterprise, IEnumerable<Observation> observations, IReadOnlyDictionary<string, DevelopmentZone> zones)
    {
        var yearly = new Dictionary<(string, int), double>();
        foreach (var o in observations)
        {
            if (o.EntityKind == EntityKind.Enterprise && o.EntityCode == enterprise.Code && o.Period.Length == 4 && ReportingPeriod.IsValid(o.Period))
            {
                yearly[(o.IndicatorCode, ReportingPeriod.Year(o.Period))] = o.Value;
            }
        }

        var region = enterprise.ZoneCode is { } zone && zones.TryGetValue(zone, out var z) ? z.PrefectureCode : null;
        return new EnterpriseFacts(enterprise, yearly, region);
    }

    /// <summary>The value of <paramref name="indicator"/> in <paramref name="year"/>, or null when not observed.</summary>
    public double? Value(string indicator, int year) => Observations.TryGetValue((indicator, year), out var v) ? v : null;
}
