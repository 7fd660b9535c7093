using ClusterScope.Web.Shared;

namespace ClusterScope.Web.Features.Account;

/// <summary>When <see cref="TwoFactorSettings.RequiredForAdmins"/>, an admin signed in without a second factor can only
/// set one up: pages send them to <c>/account/two-factor</c>, the API answers 403.</summary>
/// <remarks>One gate after authentication rather than a requirement on each policy, since the admin role also grants the
/// reading policies; sign-in, sign-out and the language switch stay open.</remarks>
internal static class AdminTwoFactorGate
{
    public static void UseAdminTwoFactorGate(this WebApplication app)
    {
        if (!app.Services.GetRequiredService<TwoFactorSettings>().RequiredForAdmins)
        {
            return;
        }

        app.Use(async (context, next) =>
        {
            var path = context.Request.Path;
            if (context.User.IsInRole(Roles.Admin) && !TwoFactorSettings.IsTwoFactorSession(context.User)
                && !path.StartsWithSegments("/account") && !path.StartsWithSegments("/language"))
            {
                if (path.StartsWithSegments("/api"))
                {
                    context.Response.StatusCode = StatusCodes.Status403Forbidden;
                }
                else
                {
                    context.Response.Redirect("/account/two-factor");
                }

                return;
            }

            await next();
        });
    }
}
