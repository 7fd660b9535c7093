using ClusterScope.Analytics.Complexity;

namespace ClusterScope.Analytics.Tests.Complexity;

public partial class EconomicComplexityTests
{
    // Hidalgo and Hausmann (2009), Fig. S4: C1 has P1-P4, C2 has P2, C3 has P3 and P4, C4 has P4.
    internal static Matrix HidalgoHausmannNetwork() => Matrix.From([
        [1, 1, 1, 1],
        [0, 1, 0, 0],
        [0, 0, 1, 1],
        [0, 0, 0, 1],
    ]);

    [Fact]
    public void Eci_and_pci_of_the_Hidalgo_Hausmann_values_follow_py_ecomplexity()
    {
        // As values, totals are 4, 1, 2, 1 by region and 1, 2, 2, 3 by industry (8 in all): RCA(C1, P4) = (1/4) / (3/8) = 2/3,
        // so M loses that cell and C1 has P1-P3. Eigenvalues of M_pp: 1, 0.76792, 0.31171, 0.08703 (numpy.linalg.eig).
        // C2 has only P2 and C4 only P4, so their ECI equals that PCI; C1's ECI is the mean PCI of P1-P3.
        var result = EconomicComplexity.Compute(HidalgoHausmannNetwork());
        Assert.Equal(0.0, result.Presence[0, 3]);
        AnalyticsAssert.Close(0.767924373334145, result.SecondEigenvalue);
        AnalyticsAssert.Close([0.7006960655549263, 1.2127375503068152, -0.6344757827363733, -1.2789578331253681], result.Eci);
        AnalyticsAssert.Close([0.879344378705342, 1.2127375503068152, 0.0100062676526215, -1.2789578331253681], result.Pci);
        AnalyticsAssert.Close((result.Pci[0] + result.Pci[1] + result.Pci[2]) / 3, result.Eci[0]);
    }

    [Fact]
    public void Proximity_of_the_Hidalgo_Hausmann_network_is_the_smaller_conditional_probability()
    {
        // Ubiquity 1, 2, 2, 3; P3 and P4 co-occur in C1 and C3: 2 / max(2, 3) = 2/3; P1 and P4 in C1 only: 1 / 3.
        var phi = ProductSpace.Proximity(HidalgoHausmannNetwork());
        AnalyticsAssert.Close(2.0 / 3, phi[2, 3]);
        AnalyticsAssert.Close(1.0 / 3, phi[0, 3]);
        AnalyticsAssert.Close(0.5, phi[0, 1]);
        var asymmetric = ProductSpace.Proximity(HidalgoHausmannNetwork(), ProximityMeasure.Asymmetric);
        AnalyticsAssert.Close(2.0 / 2, asymmetric[2, 3]);
        AnalyticsAssert.Close(2.0 / 3, asymmetric[3, 2]);
    }

    [Fact]
    public void Density_of_the_Hidalgo_Hausmann_network_counts_the_industry_itself_by_default()
    {
        // C2 around P3: phi(P3, P2) / (0.5 + 0.5 + 1 + 2/3) = 0.5 / (8/3) = 0.1875; without P3 itself: 0.5 / (5/3) = 0.3.
        var m = HidalgoHausmannNetwork();
        var phi = ProductSpace.Proximity(m);
        AnalyticsAssert.Close(0.1875, ProductSpace.Density(m, phi)[1, 2]);
        AnalyticsAssert.Close(0.3, ProductSpace.Density(m, phi, DensitySelf.Exclude)[1, 2]);
    }

    [Fact]
    public void Method_of_reflections_averages_the_other_side_of_the_Hidalgo_Hausmann_network()
    {
        // Step 1: C2 has only P2 (ubiquity 2) -> 2; P4 is in C1, C3, C4 (diversity 4, 2, 1) -> 7/3.
        // Step 2: C3 averages step 1 of P3 (C1, C3: 3) and P4 (7/3) -> 8/3.
        var m = HidalgoHausmannNetwork();
        AnalyticsAssert.Close(2, MethodOfReflections.Regions(m, 1)[1]);
        AnalyticsAssert.Close(7.0 / 3, MethodOfReflections.Industries(m, 1)[3]);
        AnalyticsAssert.Close(8.0 / 3, MethodOfReflections.Regions(m, 2)[2]);
        Assert.Equal([4.0, 1, 2, 1], MethodOfReflections.Regions(m, 0));
    }

    [Fact]
    public void Relatedness_of_the_Hidalgo_Hausmann_network_normalises_co_occurrence()
    {
        // Zero-diagonal co-occurrence column sums s = 3, 3, 4, 4; c(P3, P4) = 2: Jaccard 2 / (4 + 4 - 2) = 1/3;
        // c(P1, P2) = 1: cosine 1 / sqrt(3 * 3) = 1/3; association (1/14) / ((3/14)(3/14)) = 14/9.
        var co = Relatedness.CoOccurrence(HidalgoHausmannNetwork());
        AnalyticsAssert.Close(1.0 / 3, Relatedness.FromCoOccurrence(co, RelatednessMethod.Jaccard)[2, 3]);
        AnalyticsAssert.Close(1.0 / 3, Relatedness.FromCoOccurrence(co, RelatednessMethod.Cosine)[0, 1]);
        AnalyticsAssert.Close(14.0 / 9, Relatedness.FromCoOccurrence(co, RelatednessMethod.Association)[0, 1]);
        Assert.Equal(0.0, co[3, 3]);
    }

    [Fact]
    public void Relatedness_density_of_the_Hidalgo_Hausmann_network_is_a_percentage_of_related_weight()
    {
        // Jaccard relatedness column P4: P1 1/6, P2 1/6, P3 1/3 (sum 2/3); C3 has P3 -> 100 (1/3) / (2/3) = 50.
        var m = HidalgoHausmannNetwork();
        var r = Relatedness.FromCoOccurrence(Relatedness.CoOccurrence(m), RelatednessMethod.Jaccard);
        AnalyticsAssert.Close(50, RelatednessDensity.Compute(m, r)[2, 3]);
        Assert.True(double.IsNaN(RelatednessDensity.External(m, r)[2, 3]));
        AnalyticsAssert.Close(50, RelatednessDensity.Internal(m, r)[2, 3]);
    }
}
