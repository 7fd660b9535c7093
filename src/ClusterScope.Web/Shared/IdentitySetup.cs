using System.Security.Cryptography;
using ClusterScope.Data;
using ClusterScope.Web.Features.Users;
using Microsoft.AspNetCore.Identity;

namespace ClusterScope.Web.Shared;

/// <summary>The user store, password rules and user administration, shared by the web app and the command line.</summary>
public static class IdentitySetup
{
    /// <summary>Adds Identity's user and role managers over <see cref="ClusterScopeDbContext"/> and <see cref="UserAdministration"/>.</summary>
    /// <remarks>Every way of setting a password (the web forms, <c>clusterscope users add</c>, the admin made at start-up)
    /// goes through these rules, <see cref="CommonPasswordValidator"/> included.</remarks>
    public static IdentityBuilder AddClusterScopeUsers(this IServiceCollection services)
    {
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.AddScoped<UserAdministration>();
        return services.AddIdentityCore<IdentityUser>(o =>
            {
                o.Password.RequiredLength = 10;
                o.Password.RequireNonAlphanumeric = false;
                o.User.RequireUniqueEmail = false;
            })
            .AddPasswordValidator<CommonPasswordValidator>()
            // Only the authenticator (TOTP) provider: the others need Data Protection, which the command line does not set up.
            .AddTokenProvider<AuthenticatorTokenProvider<IdentityUser>>(TokenOptions.DefaultAuthenticatorProvider)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<ClusterScopeDbContext>();
    }

    /// <summary>A random 16-character password that meets the rules above: at least one lower-case letter, one capital and
    /// one digit, without look-alike characters (0/O, 1/l/I).</summary>
    public static string GeneratePassword()
    {
        const string lower = "abcdefghijkmnpqrstuvwxyz", upper = "ABCDEFGHJKLMNPQRSTUVWXYZ", digits = "23456789";
        var chars = RandomNumberGenerator.GetItems<char>(lower + upper + digits, 13)
            .Append(RandomNumberGenerator.GetItems<char>(lower, 1)[0])
            .Append(RandomNumberGenerator.GetItems<char>(upper, 1)[0])
            .Append(RandomNumberGenerator.GetItems<char>(digits, 1)[0]).ToArray();
        RandomNumberGenerator.Shuffle(chars.AsSpan());
        return new string(chars);
    }
}
