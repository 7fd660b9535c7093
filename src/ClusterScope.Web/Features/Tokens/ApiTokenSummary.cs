using ClusterScope.Domain.Access;

namespace ClusterScope.Web.Features.Tokens;

/// <summary>An API token as listings show it: never the secret or its hash. <c>Zones</c> is null for a token not narrowed by zone;
/// <c>State</c> is <c>live</c>, <c>expired</c> or <c>revoked</c>.</summary>
public sealed record ApiTokenSummary(long Id, string Name, string Prefix, bool ReadOnly, IReadOnlyList<string>? Zones, DateTime CreatedAtUtc,
    string CreatedBy, DateTime? ExpiresAtUtc, DateTime? LastUsedAtUtc, DateTime? RevokedAtUtc, string? RevokedBy, string State)
{
    /// <summary>The summary of a stored token at <paramref name="nowUtc"/>.</summary>
    public static ApiTokenSummary Of(ApiToken t, DateTime nowUtc) => new(t.Id, t.Name, t.Prefix, t.ReadOnly,
        t.ZoneSet?.Order(StringComparer.Ordinal).ToList(), Utc(t.CreatedAtUtc), t.CreatedBy, Utc(t.ExpiresAtUtc), Utc(t.LastUsedAtUtc),
        Utc(t.RevokedAtUtc), t.RevokedBy, t.RevokedAtUtc is not null ? "revoked" : t.IsLive(nowUtc) ? "live" : "expired");

    // SQLite gives back unspecified kinds; the API writes UTC times with their Z.
    private static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);

    private static DateTime? Utc(DateTime? value) => value is { } v ? Utc(v) : null;
}
