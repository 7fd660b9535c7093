namespace ClusterScope.Analytics.Agglomeration;

/// <summary>Ellison-Glaeser agglomeration of every industry, with the pieces it is made of.</summary>
/// <param name="Gamma">gamma_i = (G_i / (1 - sum x_j^2) - H_i) / (1 - H_i); about 0 for a dartboard industry,
/// positive when agglomerated, negative when more dispersed than random. NaN when H_i = 1 or the industry is empty.</param>
/// <param name="G">Raw geographic concentration G_i = sum_j (s_ij - x_j)^2.</param>
/// <param name="PlantHerfindahl">Plant Herfindahl H_i = sum_k (e_k / e_i)^2 over the industry's plants.</param>
/// <param name="ZG">REAT's z statistic of G_i: (G_i - (1 - sum x_j^2) H_i) / sd(G_i) under the dartboard model.</param>
/// <param name="Plants">Number of plants of each industry.</param>
/// <param name="ReferenceShares">The regional shares x_j used (all plants' employment unless the caller gave weights).</param>
public sealed record EllisonGlaeserResult(
    double[] Gamma, double[] G, double[] PlantHerfindahl, double[] ZG, int[] Plants, double[] ReferenceShares);
