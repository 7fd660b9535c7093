namespace ClusterScope.Analytics.InputOutput;

/// <summary>What a scenario runs on: coefficients A and the direct value added, labour income and jobs per unit of output.</summary>
/// <param name="A">Domestic (or regional) technical coefficients.</param>
/// <param name="ValueAdded">Value added per unit of output.</param>
/// <param name="Income">Labour income (compensation of employees) per unit of output.</param>
/// <param name="Employment">Jobs per unit of output (in the table's units; NaN-free).</param>
/// <param name="HouseholdConsumption">Household consumption of each product per unit of labour income, for induced effects; null for none.</param>
public sealed record ImpactModel(Matrix A, double[] ValueAdded, double[] Income, double[] Employment, double[]? HouseholdConsumption);
