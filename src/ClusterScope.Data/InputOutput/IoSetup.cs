using ClusterScope.Analytics;
using ClusterScope.Analytics.InputOutput;

namespace ClusterScope.Data.InputOutput;

/// <summary>A table made ready for analysis: its coefficients (national or regionalised), the impact model, and a
/// sentence naming the table, the method, delta and the data years, shown beside every result.</summary>
/// <param name="Table">The national table.</param>
/// <param name="Model">Coefficients A (regionalised if asked), value added, income, jobs and household consumption per unit.</param>
/// <param name="Description">Table, import treatment, regionalisation and data years in one line.</param>
/// <param name="RegionalPurchase">The share of final demand for each product met inside the region: min(SLQ, 1) when
/// regionalised (as households buy), 1 for the national table.</param>
public sealed record IoSetup(IoTable Table, ImpactModel Model, string Description, IReadOnlyList<double> RegionalPurchase)
{
    /// <summary>L = (I - A)^-1 of <see cref="Model"/>.</summary>
    public Matrix L { get; } = Leontief.TotalRequirements(Model.A);
}
