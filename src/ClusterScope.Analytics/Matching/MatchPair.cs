namespace ClusterScope.Analytics.Matching;

/// <summary>A researcher and a need that may be matched, with their fit.</summary>
/// <param name="Researcher">Researcher index, 0 to researchers - 1.</param>
/// <param name="Need">Need index, 0 to needs - 1.</param>
/// <param name="Score">The fit; higher is better. Only pairs with a score above zero are ever matched.</param>
public readonly record struct MatchPair(int Researcher, int Need, double Score);
