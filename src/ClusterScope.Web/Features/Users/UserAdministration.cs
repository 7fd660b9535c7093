using ClusterScope.Data;
using ClusterScope.Data.Auditing;
using ClusterScope.Domain.Access;
using ClusterScope.Domain.Audit;
using ClusterScope.Web.Shared;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ClusterScope.Web.Features.Users;

/// <summary>Creates users, sets their role and zones, locks and unlocks them and resets their passwords, each change audited.</summary>
/// <remarks>Every change runs in one transaction with its audit entries. The audit log records who did what to whom, never a
/// password or its hash. Edits carry Identity's concurrency stamp: a change made on a stale form is refused.</remarks>
public sealed class UserAdministration(ClusterScopeDbContext db, UserManager<IdentityUser> users, RoleManager<IdentityRole> roles,
    IStringLocalizer<SharedResource> text)
{
    /// <summary>The type name under which user changes appear in the audit log.</summary>
    public const string AuditType = "User";

    /// <summary>Every user with role, zones and lock state, by user name.</summary>
    public async Task<IReadOnlyList<UserSummary>> ListAsync(CancellationToken ct)
    {
        var all = await db.Users.AsNoTracking().OrderBy(u => u.UserName).ToListAsync(ct);
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id select new { ur.UserId, r.Name })
            .AsNoTracking().ToListAsync(ct);
        var zones = await db.ZoneAssignments.AsNoTracking().ToListAsync(ct);
        var now = DateTimeOffset.UtcNow;
        return all.Select(u => new UserSummary(u.Id, u.UserName ?? "", u.Email,
                roles.Where(r => r.UserId == u.Id).Select(r => r.Name).FirstOrDefault(),
                zones.Where(z => z.UserId == u.Id).Select(z => z.ZoneCode).Order(StringComparer.Ordinal).ToList(),
                u.LockoutEnd > now, u.ConcurrencyStamp ?? ""))
            .ToList();
    }

    /// <summary>One user, or null.</summary>
    public async Task<UserSummary?> FindAsync(string id, CancellationToken ct) =>
        (await ListAsync(ct)).FirstOrDefault(u => u.Id == id);

    /// <summary>A user's id by user name, or null.</summary>
    public async Task<string?> IdOfAsync(string userName) => (await users.FindByNameAsync(userName.Trim()))?.Id;

    /// <summary>Creates a user with an initial password, a role (or none) and, for zone managers, their zones.</summary>
    public async Task<UserChange> CreateAsync(string userName, string? email, string password, string? role, IReadOnlyCollection<string> zones,
        AuditScope audit, CancellationToken ct)
    {
        userName = userName.Trim();
        email = string.IsNullOrWhiteSpace(email) ? null : email.Trim();
        if (userName.Length == 0)
        {
            return UserChange.Invalid("UserName", text["Enter a user name."]);
        }

        if (await users.FindByNameAsync(userName) is not null)
        {
            return UserChange.Invalid("UserName", text["The user name {0} is taken.", userName]);
        }

        if (email is not null && !new System.ComponentModel.DataAnnotations.EmailAddressAttribute().IsValid(email))
        {
            return UserChange.Invalid("Email", text["The e-mail address is not valid."]);
        }

        if (await CheckRoleAndZonesAsync(role, zones, ct) is { } refused)
        {
            return refused;
        }

        if (await CheckPasswordAsync(new IdentityUser(userName), password) is { } weak)
        {
            return weak;
        }

        db.Audit = audit;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var user = new IdentityUser(userName) { Email = email, LockoutEnabled = true };
        if (!(await users.CreateAsync(user, password)).Succeeded)
        {
            return UserChange.Invalid("UserName", text["The user name may contain only letters, digits and - . _ @ +"]);
        }

        if (!string.IsNullOrEmpty(role))
        {
            await EnsureRoleAsync(role);
            await users.AddToRoleAsync(user, role);
        }

        db.ZoneAssignments.AddRange(zones.Distinct().Select(z => new ZoneAssignment { UserId = user.Id, ZoneCode = z }));
        db.AuditEntries.Add(Entry(audit, userName, "Created", null, null,
            $"Email={email}; Role={RoleText(role)}; Zones={string.Join(",", zones.Distinct().Order(StringComparer.Ordinal))}"));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return UserChange.Done(user.Id);
    }

    /// <summary>Sets a user's role and zones; refused when <paramref name="stamp"/> is stale.</summary>
    public async Task<UserChange> SetRoleAsync(string id, string? role, IReadOnlyCollection<string> zones, string stamp, string actorId,
        AuditScope audit, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return UserChange.NotFound;
        }

        if (user.ConcurrencyStamp != stamp)
        {
            return UserChange.Conflict;
        }

        if (await CheckRoleAndZonesAsync(role, zones, ct) is { } refused)
        {
            return refused;
        }

        var current = (await users.GetRolesAsync(user)).FirstOrDefault();
        if (id == actorId && current != role)
        {
            return UserChange.Invalid("Role", text["You cannot change your own role."]);
        }

        db.Audit = audit;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (current != role)
        {
            if (current is not null)
            {
                await users.RemoveFromRoleAsync(user, current);
            }

            if (!string.IsNullOrEmpty(role))
            {
                await EnsureRoleAsync(role);
                await users.AddToRoleAsync(user, role);
            }

            db.AuditEntries.Add(Entry(audit, user.UserName!, "Updated", "Role", RoleText(current), RoleText(role)));
        }

        var wanted = zones.ToHashSet(StringComparer.Ordinal);
        var held = await db.ZoneAssignments.Where(z => z.UserId == id).ToListAsync(ct);
        db.ZoneAssignments.RemoveRange(held.Where(z => !wanted.Contains(z.ZoneCode)));
        db.ZoneAssignments.AddRange(wanted.Where(z => held.All(h => h.ZoneCode != z)).Select(z => new ZoneAssignment { UserId = id, ZoneCode = z }));
        var before = string.Join(",", held.Select(z => z.ZoneCode).Order(StringComparer.Ordinal));
        var after = string.Join(",", wanted.Order(StringComparer.Ordinal));
        if (before != after)
        {
            db.AuditEntries.Add(Entry(audit, user.UserName!, "Updated", "Zones", before, after));
        }

        // Bumping the stamp makes every other open form of this user stale, as role changes already do.
        await users.UpdateSecurityStampAsync(user);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return UserChange.Done(id);
    }

    /// <summary>Locks (until unlocked) or unlocks a user.</summary>
    public async Task<UserChange> SetLockedAsync(string id, bool locked, string stamp, string actorId, AuditScope audit, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return UserChange.NotFound;
        }

        if (user.ConcurrencyStamp != stamp)
        {
            return UserChange.Conflict;
        }

        if (locked && id == actorId)
        {
            return UserChange.Invalid("Locked", text["You cannot lock your own account."]);
        }

        db.Audit = audit;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        user.LockoutEnabled = true;
        await users.SetLockoutEndDateAsync(user, locked ? DateTimeOffset.MaxValue : null);
        await users.ResetAccessFailedCountAsync(user);
        // A new security stamp signs a locked user out of the sessions they already have.
        await users.UpdateSecurityStampAsync(user);
        db.AuditEntries.Add(Entry(audit, user.UserName!, locked ? "Locked" : "Unlocked", null, null, null));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return UserChange.Done(id);
    }

    /// <summary>Replaces a user's password; the audit log records that it was reset, not the password.</summary>
    public async Task<UserChange> ResetPasswordAsync(string id, string password, string stamp, AuditScope audit, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return UserChange.NotFound;
        }

        if (user.ConcurrencyStamp != stamp)
        {
            return UserChange.Conflict;
        }

        if (await CheckPasswordAsync(user, password) is { } weak)
        {
            return weak;
        }

        db.Audit = audit;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await users.RemovePasswordAsync(user);
        await users.AddPasswordAsync(user, password);
        db.AuditEntries.Add(Entry(audit, user.UserName!, "PasswordReset", null, null, null));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return UserChange.Done(id);
    }

    private async Task<UserChange?> CheckRoleAndZonesAsync(string? role, IReadOnlyCollection<string> zones, CancellationToken ct)
    {
        if (!string.IsNullOrEmpty(role) && !RoleNames.All.Contains(role))
        {
            return UserChange.Invalid("Role", text["Unknown role {0}; choose admin, zone-manager, analyst or none.", role]);
        }

        if (role == RoleNames.ZoneManager && zones.Count == 0)
        {
            return UserChange.Invalid("Zones", text["A zone manager needs at least one zone."]);
        }

        if (role != RoleNames.ZoneManager && zones.Count > 0)
        {
            return UserChange.Invalid("Zones", text["Only zone managers are assigned zones."]);
        }

        var known = await db.Zones.Where(z => zones.Contains(z.Code)).Select(z => z.Code).ToListAsync(ct);
        var unknown = zones.Except(known, StringComparer.Ordinal).ToList();
        return unknown.Count > 0 ? UserChange.Invalid("Zones", text["Unknown zone code(s): {0}.", string.Join(", ", unknown)]) : null;
    }

    private async Task<UserChange?> CheckPasswordAsync(IdentityUser user, string password)
    {
        var problems = new List<string>();
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, user, password ?? "");
            problems.AddRange(result.Errors.Select(e => e.Code switch
            {
                nameof(IdentityErrorDescriber.PasswordTooShort) => text["The password needs at least {0} characters.", users.Options.Password.RequiredLength].Value,
                nameof(IdentityErrorDescriber.PasswordRequiresDigit) => text["The password needs a digit."].Value,
                nameof(IdentityErrorDescriber.PasswordRequiresLower) => text["The password needs a lower-case letter."].Value,
                nameof(IdentityErrorDescriber.PasswordRequiresUpper) => text["The password needs a capital letter."].Value,
                CommonPasswordValidator.CommonCode => text["The password is on a list of commonly used passwords; choose another."].Value,
                CommonPasswordValidator.UserNameCode => text["The password may not contain the user name."].Value,
                _ => e.Description,
            }));
        }

        return problems.Count > 0
            ? new UserChange(UserChangeStatus.Invalid, new Dictionary<string, string[]> { ["Password"] = problems.Distinct().ToArray() })
            : null;
    }

    // The web app creates the roles at start-up; a database set up by the command line alone may not have them yet.
    private async Task EnsureRoleAsync(string role)
    {
        if (!await roles.RoleExistsAsync(role))
        {
            await roles.CreateAsync(new IdentityRole(role));
        }
    }

    private static string RoleText(string? role) => string.IsNullOrEmpty(role) ? "none" : role;

    private static AuditEntry Entry(AuditScope audit, string userName, string action, string? field, string? before, string? after) => new()
    {
        AtUtc = DateTime.UtcNow, Actor = audit.Actor, Origin = audit.Origin, EntityType = AuditType,
        EntityCode = userName, Action = action, Field = field, OldValue = before, NewValue = after,
    };
}
