using System.Text.Json.Serialization;

namespace ClusterScope.Domain.Programmes;

/// <summary>How a programme's budget is shared among the enterprises found eligible.</summary>
/// <remarks>In JSON the member <c>kind</c> names the rule: <c>equal</c>, <c>proportional</c> or <c>ranked</c>.
/// All amounts are yuan, computed in <see cref="decimal"/> and rounded down to the fen (0.01 yuan), so that an allocation
/// never exceeds its budget; what rounding leaves over is reported as leftover.</remarks>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(EqualAmountRule), "equal")]
[JsonDerivedType(typeof(ProportionalRule), "proportional")]
[JsonDerivedType(typeof(RankedRule), "ranked")]
public abstract record AllocationRule
{
    /// <summary>The rule's name as written in rule files.</summary>
    [JsonIgnore]
    public abstract string Kind { get; }

    /// <summary>Most one enterprise may get under this rule, in yuan; null for none (the programme's cap still applies).</summary>
    public decimal? Cap { get; init; }

    /// <summary>True when the official award rule is not public and these parameters only illustrate it.</summary>
    public bool Illustrative { get; init; }

    /// <summary>Adds the rule's problems to <paramref name="errors"/>.</summary>
    /// <remarks>The cap is checked with the budget, by <see cref="ProgrammeValidator"/>.</remarks>
    internal abstract void Validate(IReadOnlySet<string> indicators, List<RuleError> errors);

    /// <summary>Rounds down to the fen.</summary>
    internal static decimal Fen(decimal amount) => Math.Round(amount, 2, MidpointRounding.ToZero);
}
