using ClusterScope.Analytics.Matching;

namespace ClusterScope.Data.Talent;

/// <summary>One matched pair of a talent run.</summary>
/// <param name="Researcher">The researcher's code.</param>
/// <param name="Need">The need's code.</param>
/// <param name="Score">The pair's fit.</param>
/// <param name="Fit">The fit's parts when computed from the registries; null when the score was given.</param>
/// <param name="Pinned">True when an official pinned the pair.</param>
public sealed record TalentMatch(string Researcher, string Need, double Score, FitBreakdown? Fit, bool Pinned);
