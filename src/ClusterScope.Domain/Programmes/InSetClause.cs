using System.Text.Json.Serialization;

namespace ClusterScope.Domain.Programmes;

/// <summary>A registry text field takes one of the listed values, e.g. <c>size</c> in {small, medium}.</summary>
public sealed record InSetClause : Clause
{
    /// <summary>The registry field (see <see cref="RuleFields.Text"/>).</summary>
    public required string Field { get; init; }

    /// <summary>The accepted values.</summary>
    public required IReadOnlyList<string> Values { get; init; }

    /// <inheritdoc />
    [JsonIgnore]
    public override string Kind => "in_set";

    internal override ClauseTrace Evaluate(EnterpriseFacts facts, RuleContext context)
    {
        var value = RuleFields.TextOf(facts.Enterprise, Field);
        return value is null
            ? Trace(ClauseOutcome.Unknown, [], Field)
            : Trace(PassIf(Values.Contains(value, StringComparer.Ordinal)), new() { [Field] = value });
    }

    internal override void Validate(IReadOnlySet<string> indicators, List<RuleError> errors)
    {
        if (RuleFields.Flags.Contains(Field))
        {
            errors.Add(new(Where, $"field '{Field}' is yes/no: use a 'flag' clause, not 'in_set'"));
        }
        else if (!RuleFields.Text.Contains(Field))
        {
            errors.Add(new(Where, $"field '{Field}' is not a registry field (known: {string.Join(", ", RuleFields.Text.Order(StringComparer.Ordinal))})"));
        }
        else if (Values.Count == 0)
        {
            errors.Add(new(Where, "lists no value"));
        }
        else if (Field == "size" && Values.FirstOrDefault(v => !RuleFields.Sizes.Contains(v)) is { } bad)
        {
            errors.Add(new(Where, $"'{bad}' is not a size class (micro, small, medium, large)"));
        }
    }
}
