using ClusterScope.Data;
using ClusterScope.Web.Features.Users;
using Microsoft.AspNetCore.Identity;

namespace ClusterScope.Web.Shared;

/// <summary>The user store, password rules and user administration, shared by the web app and the command line.</summary>
public static class IdentitySetup
{
    /// <summary>Adds Identity's user and role managers over <see cref="ClusterScopeDbContext"/> and <see cref="UserAdministration"/>.</summary>
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
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<ClusterScopeDbContext>();
    }
}
