using ClusterScope.Data;
using ClusterScope.Data.Access;
using ClusterScope.Data.Auditing;
using ClusterScope.Domain.Access;
using ClusterScope.Domain.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ClusterScope.Web.Features.Tokens;

/// <summary>Creates, lists and revokes personal API tokens, for their owner or by an admin; every creation and revocation audited.</summary>
/// <remarks>The audit log names the token by owner and prefix and records its scope, never the secret or its hash. A token can be
/// narrowed (read-only, some of a zone manager's zones) but never widened: it acts with its owner's rights as they are when it is
/// used.</remarks>
public sealed class ApiTokens(ClusterScopeDbContext db, UserManager<IdentityUser> users, ZoneOwnership ownership, IStringLocalizer<SharedResource> text)
{
    /// <summary>The type name under which token changes appear in the audit log.</summary>
    public const string AuditType = "ApiToken";

    /// <summary>The owner's tokens, newest first, revoked and expired ones included.</summary>
    public async Task<IReadOnlyList<ApiTokenSummary>> ListAsync(string userId, CancellationToken ct)
    {
        var now = DateTime.UtcNow;
        var tokens = await db.ApiTokens.AsNoTracking().Where(t => t.UserId == userId).OrderByDescending(t => t.Id).ToListAsync(ct);
        return tokens.Select(t => ApiTokenSummary.Of(t, now)).ToList();
    }

    /// <summary>Creates a token for <paramref name="owner"/>; the answer holds the secret, which is not stored and cannot be shown again.</summary>
    public async Task<TokenCreation> CreateAsync(IdentityUser owner, TokenRequest request, AuditScope audit, CancellationToken ct)
    {
        var name = request.Name?.Trim() ?? "";
        if (name.Length is 0 or > 100)
        {
            return TokenCreation.Invalid("Name", text["Name the token (at most 100 characters), e.g. after the script that uses it."]);
        }

        var now = DateTime.UtcNow;
        var expiresAt = request.ExpiresAtUtc is { } e ? AsUtc(e) : (DateTime?)null;
        if (expiresAt <= now)
        {
            return TokenCreation.Invalid("ExpiresAtUtc", text["The expiry date must be in the future."]);
        }

        var zones = (request.Zones ?? []).Where(z => !string.IsNullOrWhiteSpace(z)).Select(z => z.Trim()).Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal).ToList();
        if (zones.Count > 0)
        {
            var held = (await users.IsInRoleAsync(owner, RoleNames.ZoneManager)) ? await ownership.ZonesOfAsync(owner.Id, ct) : new HashSet<string>();
            if (zones.Where(z => !held.Contains(z)).ToList() is { Count: > 0 } foreign)
            {
                return TokenCreation.Invalid("Zones", text["A token can only be kept to zones its owner manages; not: {0}.", string.Join(", ", foreign)]);
            }
        }

        var (secret, prefix, hash) = ApiTokenSecret.Create();
        var token = new ApiToken
        {
            UserId = owner.Id, Name = name, Prefix = prefix, SecretHash = hash, ReadOnly = request.ReadOnly,
            Zones = zones.Count > 0 ? string.Join(",", zones) : null, CreatedAtUtc = now, CreatedBy = audit.Actor,
            ExpiresAtUtc = expiresAt,
        };
        db.Audit = audit;
        db.ApiTokens.Add(token);
        db.AuditEntries.Add(Entry(audit, owner, token, "Created",
            $"Name={name}; Access={(token.ReadOnly ? "read" : "read-write")}; Zones={token.Zones ?? "all of the owner's"}; " +
            $"ExpiresAtUtc={token.ExpiresAtUtc?.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) ?? "never"}"));
        await db.SaveChangesAsync(ct);
        return new TokenCreation(ApiTokenSummary.Of(token, now), secret, null);
    }

    /// <summary>Revokes one of the owner's live tokens; false when the owner has no such token or it is already revoked.</summary>
    public async Task<bool> RevokeAsync(IdentityUser owner, long id, AuditScope audit, CancellationToken ct)
    {
        var token = await db.ApiTokens.FirstOrDefaultAsync(t => t.Id == id && t.UserId == owner.Id && t.RevokedAtUtc == null, ct);
        if (token is null)
        {
            return false;
        }

        token.RevokedAtUtc = DateTime.UtcNow;
        token.RevokedBy = audit.Actor;
        db.Audit = audit;
        db.AuditEntries.Add(Entry(audit, owner, token, "Revoked", $"Name={token.Name}"));
        await db.SaveChangesAsync(ct);
        return true;
    }

    // A time without a zone is taken as UTC, as the field's name says, not as the server's local time.
    private static DateTime AsUtc(DateTime time) =>
        time.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(time, DateTimeKind.Utc) : time.ToUniversalTime();

    private static AuditEntry Entry(AuditScope audit, IdentityUser owner, ApiToken token, string action, string description) => new()
    {
        AtUtc = DateTime.UtcNow, Actor = audit.Actor, Origin = audit.Origin, EntityType = AuditType,
        EntityCode = $"{owner.UserName}/{token.Prefix}", Action = action, NewValue = description,
    };
}
