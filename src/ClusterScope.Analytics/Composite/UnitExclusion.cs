namespace ClusterScope.Analytics.Composite;

/// <summary>A unit left out of the computation and the ranking, with the reason.</summary>
/// <param name="Unit">The unit code.</param>
/// <param name="Availability">Share of its indicators observed in the raw data.</param>
/// <param name="Reason">A sentence naming the threshold.</param>
public sealed record UnitExclusion(string Unit, double Availability, string Reason);
