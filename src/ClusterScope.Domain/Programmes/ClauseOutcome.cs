namespace ClusterScope.Domain.Programmes;

/// <summary>What one clause says about one enterprise.</summary>
public enum ClauseOutcome
{
    /// <summary>The enterprise meets the clause.</summary>
    Pass,

    /// <summary>The enterprise does not meet the clause.</summary>
    Fail,

    /// <summary>The data lack a figure the clause needs; <see cref="ClauseTrace.Missing"/> names it.</summary>
    Unknown,
}
