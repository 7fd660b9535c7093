namespace ClusterScope.Analytics.Agglomeration;

/// <summary>Maurel-Sedillot agglomeration of every industry.</summary>
/// <param name="Gamma">gamma_MS = (G_MS - H) / (1 - H); NaN when H = 1 or the industry is empty.</param>
/// <param name="G">G_MS = (sum_j s_ij^2 - sum_j x_j^2) / (1 - sum_j x_j^2).</param>
/// <param name="PlantHerfindahl">Plant Herfindahl H_i of the industry.</param>
/// <param name="ReferenceShares">The regional shares x_j used.</param>
public sealed record MaurelSedillotResult(double[] Gamma, double[] G, double[] PlantHerfindahl, double[] ReferenceShares);
