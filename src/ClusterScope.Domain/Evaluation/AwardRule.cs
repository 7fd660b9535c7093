namespace ClusterScope.Domain.Evaluation;

/// <summary>A stated rule by which a run gives awards.</summary>
/// <remarks>Rules are part of the framework, so a published award can always be traced to the rule and the run.</remarks>
public abstract record AwardRule : IBilingualName
{
    private AwardRule(string code, string name)
    {
        Code = code;
        Name = name;
    }

    /// <summary>The award code, e.g. <c>excellence</c>.</summary>
    public string Code { get; }

    /// <summary>Display name.</summary>
    public string Name { get; }

    /// <summary>Display name in Chinese.</summary>
    public string? NameZh { get; init; }

    /// <summary>The best <see cref="Share"/> of ranked units whose whole 5-95 % rank interval lies within the best
    /// <see cref="IntervalWithin"/> (e.g. top 10 % whose interval lies in the top quartile).</summary>
    /// <param name="Code">The award code.</param>
    /// <param name="Name">Display name.</param>
    /// <param name="Share">Share of ranked units eligible by nominal rank, in (0, 1].</param>
    /// <param name="IntervalWithin">Share of ranked units the 95 % rank bound must stay within, in (0, 1].</param>
    public sealed record TopShare(string Code, string Name, double Share, double IntervalWithin) : AwardRule(Code, Name);

    /// <summary>The <see cref="Count"/> units whose rank rose most against a previous run (ties share the award).</summary>
    /// <param name="Code">The award code.</param>
    /// <param name="Name">Display name.</param>
    /// <param name="Count">How many units are awarded (more on ties).</param>
    /// <param name="MinimumGain">Places a unit must gain at least to qualify (at least 1).</param>
    public sealed record MostImproved(string Code, string Name, int Count = 1, int MinimumGain = 1) : AwardRule(Code, Name);
}
