namespace ClusterScope.Analytics.Complexity;

/// <summary>Every stage of one economic-complexity run on a region x industry matrix (one year).</summary>
/// <remarks>Rows are regions and columns industries, in the input's order. Regions or industries whose total is
/// zero are left out of the computation (py-ecomplexity 0.5.2) and carry NaN in every output.</remarks>
/// <param name="Rca">Revealed comparative advantage (Balassa RCA, the location quotient).</param>
/// <param name="Presence">M: 1 where RCA &gt;= the threshold, else 0.</param>
/// <param name="Diversity">k_c: industries present in each region.</param>
/// <param name="Ubiquity">k_p: regions where each industry is present.</param>
/// <param name="Eci">Economic complexity index of each region, in the chosen convention.</param>
/// <param name="Pci">Product (industry) complexity index, in the chosen convention.</param>
/// <param name="Proximity">Industry x industry proximity phi, diagonal 1.</param>
/// <param name="Density">Density of each region around each industry, 0..1.</param>
/// <param name="Coi">Complexity outlook index of each region, z-scored.</param>
/// <param name="Cog">Complexity outlook gain of each region for each industry, divided by sd(kc); 0 for present industries.</param>
/// <param name="SecondEigenvalue">The second-largest eigenvalue of M_pp (the largest is 1).</param>
/// <param name="Options">The settings used.</param>
public sealed record ComplexityResult(
    Matrix Rca,
    Matrix Presence,
    double[] Diversity,
    double[] Ubiquity,
    double[] Eci,
    double[] Pci,
    Matrix Proximity,
    Matrix Density,
    double[] Coi,
    Matrix Cog,
    double SecondEigenvalue,
    ComplexityOptions Options);
