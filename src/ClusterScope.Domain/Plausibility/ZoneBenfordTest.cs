using ClusterScope.Analytics.Forensics;

namespace ClusterScope.Domain.Plausibility;

/// <summary>The first-digit test of the figures one zone submitted for itself, its clusters and their enterprises.</summary>
/// <param name="ZoneCode">The zone.</param>
/// <param name="Result">n, digit counts, chi-square with its p-value (8 d.f.), MAD and Nigrini's band.</param>
/// <param name="Conclusive">Whether n reaches <see cref="PlausibilitySettings.BenfordMinimumSample"/>; below it the
/// statistics are shown but say nothing either way.</param>
/// <param name="Nonconforming">Conclusive and the MAD above <see cref="PlausibilitySettings.BenfordMadNonconformity"/>.</param>
public sealed record ZoneBenfordTest(string ZoneCode, BenfordResult Result, bool Conclusive, bool Nonconforming);
