namespace ClusterScope.Domain.Evaluation;

/// <summary>Which ranking a rule looks at.</summary>
public enum RankingScope
{
    /// <summary>The ranking of all units (e.g. national).</summary>
    All,

    /// <summary>The ranking within the unit's group (e.g. East / Centre / West).</summary>
    Group,
}
