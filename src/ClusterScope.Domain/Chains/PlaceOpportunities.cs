using ClusterScope.Analytics;
using ClusterScope.Analytics.Complexity;

namespace ClusterScope.Domain.Chains;

/// <summary>The growth-opportunity coordinates of one place (a row of a place × industry matrix), from the analytics library.</summary>
/// <remarks>Hidalgo et al. (2007) density and the Atlas of Economic Complexity (Hausmann, Hidalgo et al. 2014) PCI and COG, as
/// <see cref="EconomicComplexity.Compute(Matrix, ComplexityOptions)"/> gives them with its py-ecomplexity 0.5.2 defaults
/// (RCA ≥ 1, minimum-conditional proximity, self included). When the place–industry network is disconnected the complexity
/// indices are undefined: density is then taken from <see cref="ProductSpace"/> directly and PCI / COG are NaN.</remarks>
public static class PlaceOpportunities
{
    /// <summary>One <see cref="IndustryOpportunity"/> per column of <paramref name="values"/>, for the place in row <paramref name="row"/>.</summary>
    /// <param name="values">Places × industries, e.g. zones × GB/T classes of enterprise revenue; non-negative.</param>
    /// <param name="industryCodes">The columns' industry codes.</param>
    /// <param name="row">The place's row.</param>
    /// <returns>The opportunities and whether PCI / COG could be computed. An industry with no value anywhere has NaN density.</returns>
    /// <exception cref="ArgumentException">The codes do not match the columns, the row is out of range, or a value is negative.</exception>
    public static (IReadOnlyList<IndustryOpportunity> Industries, bool HasComplexity) Compute(Matrix values, IReadOnlyList<string> industryCodes, int row)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(industryCodes);
        if (industryCodes.Count != values.Columns)
        {
            throw new ArgumentException($"{industryCodes.Count} industry codes for {values.Columns} columns.", nameof(industryCodes));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(row);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(row, values.Rows);
        Matrix presence, density;
        double[] pci;
        Matrix? cog = null;
        try
        {
            var result = EconomicComplexity.Compute(values);
            (presence, density, pci, cog) = (result.Presence, result.Density, result.Pci, result.Cog);
        }
        catch (ArgumentException)
        {
            presence = EconomicComplexity.Presence(values);
            density = ProductSpace.Density(presence, ProductSpace.Proximity(presence));
            pci = Enumerable.Repeat(double.NaN, values.Columns).ToArray();
        }

        var ubiquity = presence.ColumnSums();
        var industries = industryCodes.Select((code, p) => new IndustryOpportunity(code, presence[row, p] > 0,
            ubiquity[p] > 0 ? density[row, p] : double.NaN, pci[p], cog is null ? double.NaN : cog[row, p])).ToList();
        return (industries, cog is not null);
    }
}
