using System.Globalization;
using System.Text.Json.Serialization;

namespace ClusterScope.Domain.Programmes;

/// <summary>One eligibility clause, or a combination of clauses, as written in a programme's rule file.</summary>
/// <remarks>In JSON the member <c>kind</c> names the clause kind (<c>in_set</c>, <c>flag</c>, <c>ratio_at_least</c>,
/// <c>growth_above</c>, <c>value_between</c>, <c>zone_in_province</c>, <c>no_payment_from</c>, <c>credit_code_valid</c>,
/// <c>all</c>, <c>any</c>, <c>at_least_k</c>).</remarks>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(InSetClause), "in_set")]
[JsonDerivedType(typeof(FlagClause), "flag")]
[JsonDerivedType(typeof(RatioAtLeastClause), "ratio_at_least")]
[JsonDerivedType(typeof(GrowthAboveClause), "growth_above")]
[JsonDerivedType(typeof(ValueBetweenClause), "value_between")]
[JsonDerivedType(typeof(ZoneInProvinceClause), "zone_in_province")]
[JsonDerivedType(typeof(NoPaymentFromClause), "no_payment_from")]
[JsonDerivedType(typeof(CreditCodeValidClause), "credit_code_valid")]
[JsonDerivedType(typeof(AllClause), "all")]
[JsonDerivedType(typeof(AnyClause), "any")]
[JsonDerivedType(typeof(AtLeastKClause), "at_least_k")]
public abstract record Clause
{
    /// <summary>The clause's id, unique within its programme, e.g. <c>rd-intensity</c>.</summary>
    public required string Id { get; init; }

    /// <summary>What the clause asks, in English.</summary>
    public string? TextEn { get; init; }

    /// <summary>What the clause asks, in Chinese (the programme's own words where its text is public).</summary>
    public string? TextZh { get; init; }

    /// <summary>True when the official rule text is not public and the clause only illustrates a plausible rule.</summary>
    public bool Illustrative { get; init; }

    /// <summary>The kind's name as written in rule files.</summary>
    [JsonIgnore]
    public abstract string Kind { get; }

    /// <summary>Decides the clause for one enterprise.</summary>
    internal abstract ClauseTrace Evaluate(EnterpriseFacts facts, RuleContext context);

    /// <summary>Adds this clause's problems (and its children's) to <paramref name="errors"/>.</summary>
    internal abstract void Validate(IReadOnlySet<string> indicators, List<RuleError> errors);

    /// <summary>The clauses this one combines; empty for a leaf.</summary>
    internal virtual IEnumerable<Clause> Parts => [];

    /// <summary>"clause 'id'", as errors name a clause.</summary>
    internal string Where => $"clause '{Id}'";

    /// <summary>A leaf trace.</summary>
    internal ClauseTrace Trace(ClauseOutcome outcome, Dictionary<string, string> values, params string[] missing) =>
        new(Id, Kind, outcome, values, missing, []);

    /// <summary>Pass when <paramref name="condition"/> holds, else fail.</summary>
    internal static ClauseOutcome PassIf(bool condition) => condition ? ClauseOutcome.Pass : ClauseOutcome.Fail;

    /// <summary>A number as traces write it (invariant, round-trip).</summary>
    internal static string Show(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>The name a trace gives to an indicator's value in a year.</summary>
    internal static string Figure(string indicator, int year) => string.Create(CultureInfo.InvariantCulture, $"{indicator}[{year}]");

    /// <summary>Adds an error when <paramref name="indicator"/> is not in the catalogue.</summary>
    internal void RequireIndicator(string indicator, string member, IReadOnlySet<string> indicators, List<RuleError> errors)
    {
        if (RuleFields.Text.Contains(indicator) || RuleFields.Flags.Contains(indicator))
        {
            errors.Add(new(Where, $"{member} '{indicator}' is a registry field, not a numeric indicator"));
        }
        else if (!indicators.Contains(indicator))
        {
            errors.Add(new(Where, $"{member} '{indicator}' is not a known indicator"));
        }
    }
}
