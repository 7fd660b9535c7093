using System.Globalization;

namespace ClusterScope.Domain.Evaluation;

/// <summary>Checks a unit against a framework's hard thresholds and "at least k of n" rules.</summary>
/// <remarks>Checked on the raw (reported) values, before imputation: an imputed value must never admit a unit, and a
/// missing value fails every condition on it.</remarks>
public static class Eligibility
{
    /// <summary>Every rule the unit fails, as a sentence; empty when the unit may be ranked and awarded.</summary>
    /// <param name="framework">The framework whose rules apply.</param>
    /// <param name="value">The unit's raw value of an indicator code, NaN when missing.</param>
    public static IReadOnlyList<string> Failures(EvaluationFramework framework, Func<string, double> value)
    {
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(value);
        var failures = new List<string>();
        foreach (var threshold in framework.HardThresholds)
        {
            var x = value(threshold.Condition.Indicator);
            if (!threshold.Condition.IsMetBy(x))
            {
                failures.Add($"fails hard threshold {threshold.Condition} ({Describe(threshold.Condition.Indicator, x)})"
                    + (threshold.Reason is null ? string.Empty : $": {threshold.Reason}"));
            }
        }

        foreach (var rule in framework.AtLeastRules)
        {
            var met = rule.Conditions.Count(c => c.IsMetBy(value(c.Indicator)));
            if (met < rule.K)
            {
                failures.Add($"meets {met} of {rule.Conditions.Count} conditions, fewer than {rule.K} "
                    + $"({string.Join("; ", rule.Conditions)})" + (rule.Reason is null ? string.Empty : $": {rule.Reason}"));
            }
        }

        return failures;
    }

    private static string Describe(string indicator, double x) =>
        double.IsNaN(x) ? $"{indicator} not reported" : string.Create(CultureInfo.InvariantCulture, $"{indicator} = {x}");
}
