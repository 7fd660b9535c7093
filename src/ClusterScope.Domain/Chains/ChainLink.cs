namespace ClusterScope.Domain.Chains;

/// <summary>A directed link from an upstream segment to a downstream one.</summary>
/// <param name="From">The upstream segment's code.</param>
/// <param name="To">The downstream segment's code.</param>
/// <param name="Kind">What flows along the link.</param>
public sealed record ChainLink(string From, string To, LinkKind Kind);
