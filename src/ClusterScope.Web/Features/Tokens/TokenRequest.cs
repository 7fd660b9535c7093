namespace ClusterScope.Web.Features.Tokens;

/// <summary>A new API token: what it is for, whether it only reads, the zones it is narrowed to, and when it expires.</summary>
/// <param name="Name">What the token is for (1-100 characters).</param>
/// <param name="ReadOnly">True for a token that may only make GET requests.</param>
/// <param name="Zones">A zone manager's token may be kept to some of their zones; empty or null for all their zones.</param>
/// <param name="ExpiresAtUtc">When the token stops working (UTC, in the future); null for never.</param>
public sealed record TokenRequest(string? Name, bool ReadOnly = false, IReadOnlyCollection<string>? Zones = null, DateTime? ExpiresAtUtc = null);
