namespace ClusterScope.Domain.Targets;

/// <summary>How a target's value is to be compared with the observed value.</summary>
public enum Comparator
{
    /// <summary>The observed value must reach the target (more is better).</summary>
    AtLeast,

    /// <summary>The observed value must not exceed the target (less is better).</summary>
    AtMost,

    /// <summary>The observed value must equal the target, within <see cref="StatusRule.ExactTolerance"/>.</summary>
    Exactly,
}
