namespace ClusterScope.Analytics.Agglomeration;

/// <summary>Ellison-Glaeser coagglomeration of one group of industries.</summary>
/// <param name="Gamma">gamma_c of Ellison &amp; Glaeser (1997) eq. 5: the share of location decisions shared across
/// the group beyond each industry's own agglomeration.</param>
/// <param name="G">Raw geographic concentration of the group's pooled employment, sum_j (s_j - x_j)^2.</param>
/// <param name="PlantHerfindahl">Plant Herfindahl of the group, H = sum_k w_k^2 H_k.</param>
/// <param name="Weights">w_k, each industry's share of the group's employment, in the order given.</param>
public sealed record CoagglomerationResult(double Gamma, double G, double PlantHerfindahl, double[] Weights);
