using System.Text.Json.Serialization;

namespace ClusterScope.Domain.Programmes;

/// <summary>A registry yes/no field has the expected value, e.g. <c>high_tech</c> is true.</summary>
public sealed record FlagClause : Clause
{
    /// <summary>The registry field (see <see cref="RuleFields.Flags"/>).</summary>
    public required string Field { get; init; }

    /// <summary>The value that passes; true unless stated.</summary>
    public bool Expected { get; init; } = true;

    /// <inheritdoc />
    [JsonIgnore]
    public override string Kind => "flag";

    internal override ClauseTrace Evaluate(EnterpriseFacts facts, RuleContext context)
    {
        var value = RuleFields.FlagOf(facts.Enterprise, Field);
        return Trace(PassIf(value == Expected), new() { [Field] = value ? "true" : "false" });
    }

    internal override void Validate(IReadOnlySet<string> indicators, List<RuleError> errors)
    {
        if (RuleFields.Text.Contains(Field))
        {
            errors.Add(new(Where, $"field '{Field}' holds text, not yes/no: use an 'in_set' clause"));
        }
        else if (!RuleFields.Flags.Contains(Field))
        {
            errors.Add(new(Where, $"field '{Field}' is not a yes/no registry field (known: {string.Join(", ", RuleFields.Flags.Order(StringComparer.Ordinal))})"));
        }
    }
}
