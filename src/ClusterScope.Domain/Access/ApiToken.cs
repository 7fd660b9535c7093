namespace ClusterScope.Domain.Access;

/// <summary>A personal API token: a script or integration acts as its owner, sending <c>Authorization: Bearer &lt;token&gt;</c>.</summary>
/// <remarks>Only the SHA-256 hash of the secret is stored; the secret is shown once, when the token is created. A token acts with
/// at most its owner's current role and zones, read on every request, and may be narrowed at creation: <see cref="ReadOnly"/>
/// refuses every unsafe request, <see cref="Zones"/> keeps a subset of a zone manager's zones.</remarks>
public sealed class ApiToken
{
    /// <summary>The length of <see cref="Prefix"/>: the scheme mark <c>cs_</c> and the secret's first eight characters.</summary>
    public const int PrefixLength = 11;

    /// <summary>Surrogate key.</summary>
    public long Id { get; set; }

    /// <summary>The owner's Identity user id.</summary>
    public required string UserId { get; set; }

    /// <summary>What the token is for, as its owner named it.</summary>
    public required string Name { get; set; }

    /// <summary>The token's first characters, not secret: shown in listings so the owner can tell tokens apart.</summary>
    public required string Prefix { get; set; }

    /// <summary>Lower-case hex SHA-256 of the whole token text; unique.</summary>
    public required string SecretHash { get; set; }

    /// <summary>Whether the token may only make safe (GET, HEAD) requests.</summary>
    public bool ReadOnly { get; set; }

    /// <summary>Comma-separated zone codes the token is narrowed to; null for every zone the owner manages at the time of the request.</summary>
    public string? Zones { get; set; }

    /// <summary>When it was created (UTC).</summary>
    public DateTime CreatedAtUtc { get; set; }

    /// <summary>Who created it: the owner, or the admin who created it for them.</summary>
    public required string CreatedBy { get; set; }

    /// <summary>When it stops working (UTC); null for never.</summary>
    public DateTime? ExpiresAtUtc { get; set; }

    /// <summary>When it was last used (UTC, to the minute); null if never.</summary>
    public DateTime? LastUsedAtUtc { get; set; }

    /// <summary>When it was revoked (UTC); null while it is live.</summary>
    public DateTime? RevokedAtUtc { get; set; }

    /// <summary>Who revoked it.</summary>
    public string? RevokedBy { get; set; }

    /// <summary>The zone codes of <see cref="Zones"/>; null when the token is not narrowed by zone.</summary>
    public IReadOnlySet<string>? ZoneSet =>
        Zones is null ? null : Zones.Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);

    /// <summary>Whether the token authenticates at <paramref name="nowUtc"/>: not revoked and not expired.</summary>
    public bool IsLive(DateTime nowUtc) => RevokedAtUtc is null && (ExpiresAtUtc is null || ExpiresAtUtc > nowUtc);
}
