namespace ClusterScope.Domain.Evaluation;

/// <summary>Checks a unit against a framework's hard thresholds and "at least k of n" rules.</summary>
/// <remarks>Checked on the raw (reported) values, before imputation: an imputed value must never admit a unit, and a
/// missing value fails every condition on it.</remarks>
public static class Eligibility
{
    /// <summary>Every rule the unit fails, in plain words in English and Chinese; empty when the unit may be ranked and awarded.</summary>
    /// <param name="framework">The framework whose rules apply; its indicator names word the reasons.</param>
    /// <param name="value">The unit's raw value of an indicator code, NaN when missing.</param>
    public static IReadOnlyList<ExclusionReason> Failures(EvaluationFramework framework, Func<string, double> value)
    {
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(value);
        var wording = new ExclusionWording(framework);
        var failures = new List<ExclusionReason>();
        foreach (var threshold in framework.HardThresholds)
        {
            var x = value(threshold.Condition.Indicator);
            if (!threshold.Condition.IsMetBy(x))
            {
                failures.Add(wording.Threshold(threshold, x));
            }
        }

        foreach (var rule in framework.AtLeastRules)
        {
            if (rule.Conditions.Count(c => c.IsMetBy(value(c.Indicator))) < rule.K)
            {
                failures.Add(wording.AtLeast(rule, value));
            }
        }

        return failures;
    }
}
