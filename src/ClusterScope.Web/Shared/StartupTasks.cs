using ClusterScope.Data;
using ClusterScope.Data.DefaultData;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ClusterScope.Web.Shared;

/// <summary>What the app does before it serves: check the settings, then, one instance at a time, migrate, load the
/// default data into an empty database, create the admin and the first Data Protection key.</summary>
internal static class StartupTasks
{
    public const string AdminUser = "admin";

    public static async Task RunAsync(IServiceProvider services, IConfiguration configuration, ILogger logger, CancellationToken ct)
    {
        await RefuseWeakAdminPasswordAsync(services, configuration);
        var settings = services.GetRequiredService<DatabaseSettings>();
        // Instances started together against one database take turns: the first migrates and loads, the others find it done.
        await using var startup = await services.GetRequiredService<Data.Instances.StartupLock>().AcquireAsync(ct);
        var applied = await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(ct);
        if (applied.Count > 0)
        {
            logger.LogInformation("Database {Database} migrated: {Migrations}", settings.Describe(), string.Join(", ", applied));
        }

        var db = services.GetRequiredService<ClusterScopeDbContext>();
        var dataset = configuration["Data:DefaultDataset"] ?? "jilin";
        if (configuration.GetValue("Data:LoadOnEmptyDatabase", true) && !await db.Zones.AnyAsync(ct))
        {
            db.Audit = new Data.Auditing.AuditScope("system", "first start");
            var added = await services.GetRequiredService<DatasetLoader>().LoadAsync(dataset, null, ct);
            logger.LogInformation("Empty database: loaded data set {Dataset} ({Counts})", dataset, string.Join(", ", added.Select(a => $"{a.Value} {a.Key}")));
        }

        var password = await EnsureAdminAsync(services, configuration);
        // The first key of the shared ring is made here, under the lock, so that instances never start with different rings.
        Microsoft.AspNetCore.DataProtection.DataProtectionCommonExtensions.Protect(
            services.GetRequiredService<Microsoft.AspNetCore.DataProtection.IDataProtectionProvider>().CreateProtector("ClusterScope.Startup"), "ready");
        var server = services.GetRequiredService<IServer>();
        var lifetime = services.GetRequiredService<IHostApplicationLifetime>();
        lifetime.ApplicationStarted.Register(() => AnnounceAsync(server, password));
    }

    /// <summary>Stops start-up when <c>Admin:Password</c> is set but fails the password rules, before the database is touched.</summary>
    /// <remarks>Found out only when the admin is created, a weak password would leave a migrated and loaded database
    /// without an admin. The rules are those of the registered validators, so one added to Identity later applies too.
    /// The user passed to them is a new, unsaved admin: validators may read its name but nothing of the database.</remarks>
    /// <exception cref="StartupRefusedException">The password is refused; the message lists why, never the password.</exception>
    private static async Task RefuseWeakAdminPasswordAsync(IServiceProvider services, IConfiguration configuration)
    {
        var password = configuration["Admin:Password"];
        if (string.IsNullOrEmpty(password))
        {
            return;
        }

        var users = services.GetRequiredService<UserManager<IdentityUser>>();
        var admin = new IdentityUser(AdminUser);
        var errors = new List<string>();
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, admin, password);
            errors.AddRange(result.Errors.Select(e => e.Description));
        }

        if (errors.Count > 0)
        {
            throw new StartupRefusedException($"Admin__Password (setting Admin:Password) is too weak: {string.Join(" ", errors.Distinct())} "
                + "Choose a stronger one, or leave it unset to have a password generated and printed on the first start. Nothing was changed.");
        }
    }

    /// <summary>Creates the admin account on first run; returns the generated password when one was made.</summary>
    private static async Task<string?> EnsureAdminAsync(IServiceProvider services, IConfiguration configuration)
    {
        var roles = services.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Domain.Access.RoleNames.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)));
            }
        }

        var users = services.GetRequiredService<UserManager<IdentityUser>>();
        if ((await users.GetUsersInRoleAsync(Roles.Admin)).Count > 0)
        {
            return null;
        }

        var configured = configuration["Admin:Password"];
        var password = string.IsNullOrEmpty(configured) ? IdentitySetup.GeneratePassword() : configured;
        var admin = new IdentityUser(AdminUser);
        Check(await users.CreateAsync(admin, password));
        Check(await users.AddToRoleAsync(admin, Roles.Admin));
        return string.IsNullOrEmpty(configured) ? password : null;
    }

    private static void AnnounceAsync(IServer server, string? generatedPassword)
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        Console.WriteLine();
        Console.WriteLine($"ClusterScope is running at {string.Join(", ", addresses)}");
        Console.WriteLine(generatedPassword is null
            ? $"Sign in as '{AdminUser}' with the password set in Admin__Password or printed on the first start."
            : $"Sign in as '{AdminUser}' with password {generatedPassword}  (generated now and shown only once; set Admin__Password to choose it)");
        Console.WriteLine();
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Could not create the admin account: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
