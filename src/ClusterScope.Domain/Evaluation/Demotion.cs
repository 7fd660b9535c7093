namespace ClusterScope.Domain.Evaluation;

/// <summary>Evaluates a <see cref="DemotionRule"/> over the placings of several runs.</summary>
/// <remarks>A placing is in the bottom band when rank &gt; ranked count - bottom (with 30 ranked units and bottom 5:
/// ranks 26-30). A unit is demoted when some window of <c>Years</c> consecutive calendar years holds at least
/// <c>Placings</c> bottom placings. A year in which the unit was not ranked counts neither way, but still uses up its
/// place in the window: the years are calendar years, not the unit's ranked years.</remarks>
public static class Demotion
{
    /// <summary>The units that meet the rule, in order of first appearance.</summary>
    /// <exception cref="ArgumentException">A unit has two placings in one year, or the rule's numbers are not positive.</exception>
    public static IReadOnlyList<DemotionFinding> Evaluate(DemotionRule rule, IEnumerable<Placing> placings)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(placings);
        if (rule.Placings < 1 || rule.Bottom < 1 || rule.Years < 1)
        {
            throw new ArgumentException("Demotion rule: placings, bottom and years must be at least 1.", nameof(rule));
        }

        var findings = new List<DemotionFinding>();
        foreach (var unit in placings.GroupBy(p => p.Unit, StringComparer.Ordinal))
        {
            var duplicate = unit.GroupBy(p => p.Year).FirstOrDefault(g => g.Count() > 1);
            if (duplicate is not null)
            {
                throw new ArgumentException($"Unit '{unit.Key}' has {duplicate.Count()} placings in {duplicate.Key}.", nameof(placings));
            }

            var bottomYears = unit.Where(p => p.Rank > p.RankedCount - rule.Bottom).Select(p => p.Year).Order().ToArray();
            for (var i = 0; i + rule.Placings - 1 < bottomYears.Length; i++)
            {
                var window = bottomYears.Skip(i).TakeWhile(y => y < bottomYears[i] + rule.Years).ToArray();
                if (window.Length >= rule.Placings)
                {
                    findings.Add(new DemotionFinding(unit.Key, window));
                    break;
                }
            }
        }

        return findings;
    }
}
