namespace ClusterScope.Analytics.Specialisation;

/// <summary>Shannon entropy (bits) of one region split into unrelated variety (between groups) and related variety (within groups).</summary>
/// <param name="Total">Entropy over all industries; equals <paramref name="Unrelated"/> + <paramref name="Related"/>.</param>
/// <param name="Unrelated">Entropy of the group shares, -sum_g P_g log2 P_g.</param>
/// <param name="Related">Share-weighted entropy within groups, sum_g P_g H_g.</param>
public sealed record VarietyDecomposition(double Total, double Unrelated, double Related);
