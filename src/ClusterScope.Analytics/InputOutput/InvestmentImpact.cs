namespace ClusterScope.Analytics.InputOutput;

/// <summary>An investment project's two phases: building it (a one-off final demand) and running it (new output each year).</summary>
/// <param name="Construction">The construction phase, as final demand for construction and equipment.</param>
/// <param name="Operation">One year of the operating phase, as new output of the project's sector.</param>
public sealed record InvestmentImpact(Impact Construction, Impact Operation);
