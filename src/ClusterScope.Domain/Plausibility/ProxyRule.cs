namespace ClusterScope.Domain.Plausibility;

/// <summary>An output indicator and the physical or fiscal proxies that should move with it.</summary>
/// <param name="OutputIndicator">The reported output, e.g. <c>cluster_output</c>.</param>
/// <param name="ProxyIndicators">Figures of the same entity that rarely fall while output truly grows, e.g.
/// <c>cluster_electricity</c>, <c>cluster_tax</c>, <c>cluster_employment</c>.</param>
public sealed record ProxyRule(string OutputIndicator, IReadOnlyList<string> ProxyIndicators);
