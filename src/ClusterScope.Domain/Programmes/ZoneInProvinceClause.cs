using System.Text.Json.Serialization;

namespace ClusterScope.Domain.Programmes;

/// <summary>The enterprise lies in a development zone of the province, e.g. province 220000 (Jilin).</summary>
/// <remarks>A zone belongs to the province when its prefecture code starts with the province's two-digit prefix (GB/T 2260).
/// An enterprise without a zone, or whose zone the registry does not hold, is unknown: the registry records zones only where known.</remarks>
public sealed record ZoneInProvinceClause : Clause
{
    /// <summary>The province's six-digit administrative code.</summary>
    public required string Province { get; init; }

    /// <inheritdoc />
    [JsonIgnore]
    public override string Kind => "zone_in_province";

    internal override ClauseTrace Evaluate(EnterpriseFacts facts, RuleContext context)
    {
        if (facts.Enterprise.ZoneCode is not { } zone)
        {
            return Trace(ClauseOutcome.Unknown, [], "zone_code");
        }

        return facts.ZoneRegionCode is { } region
            ? Trace(PassIf(region.StartsWith(Province[..2], StringComparison.Ordinal)), new() { ["zone_code"] = zone, ["zone_prefecture"] = region })
            : Trace(ClauseOutcome.Unknown, new() { ["zone_code"] = zone }, $"zone_prefecture of {zone}");
    }

    internal override void Validate(IReadOnlySet<string> indicators, List<RuleError> errors)
    {
        if (Province.Length != 6 || !Province.All(char.IsAsciiDigit) || !Province.EndsWith("0000", StringComparison.Ordinal))
        {
            errors.Add(new(Where, $"province '{Province}' is not a six-digit province code such as 220000"));
        }
    }
}
