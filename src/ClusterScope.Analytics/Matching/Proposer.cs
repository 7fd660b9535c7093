namespace ClusterScope.Analytics.Matching;

/// <summary>Which side proposes in deferred acceptance; the proposing side gets its best stable matching.</summary>
public enum Proposer
{
    /// <summary>Researchers propose to needs (researcher-optimal stable matching).</summary>
    Researchers,

    /// <summary>Needs propose to researchers (need-optimal stable matching).</summary>
    Needs,
}
