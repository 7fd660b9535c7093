using System.Security.Claims;
using ClusterScope.Web.Shared;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace ClusterScope.Web.Features.Account;

/// <summary>Turns two-factor sign-in with an authenticator app (TOTP, RFC 6238) on or off for the signed-in user.</summary>
[Authorize]
public sealed class TwoFactorModel(UserManager<IdentityUser> users, IUserStore<IdentityUser> store, SignInManager<IdentityUser> signIn,
    TwoFactorSettings settings, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty] public string Code { get; set; } = "";

    public bool Enabled { get; private set; }

    public bool Required { get; private set; }

    /// <summary>The shared secret in Base32, as authenticator apps take it.</summary>
    public string Key { get; private set; } = "";

    public string OtpAuthUri { get; private set; } = "";

    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadAsync(await CurrentAsync());
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await CurrentAsync();
        var code = Code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            Error = text["The code is wrong."];
        }
        else
        {
            await users.SetTwoFactorEnabledAsync(user, true);
            RecoveryCodes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10) ?? []];
            // The new security stamp would end this session; sign in again, now as a two-factor session.
            var persistent = (await HttpContext.AuthenticateAsync(IdentityConstants.ApplicationScheme)).Properties?.IsPersistent ?? false;
            await signIn.SignInWithClaimsAsync(user, persistent, [new Claim("amr", "mfa")]);
        }

        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostDisableAsync()
    {
        var user = await CurrentAsync();
        if (settings.RequiredForAdmins && await users.IsInRoleAsync(user, Roles.Admin))
        {
            Error = text["Admins cannot turn off two-factor sign-in while it is required."];
        }
        else if (await users.GetTwoFactorEnabledAsync(user))
        {
            await users.SetTwoFactorEnabledAsync(user, false);
            // A new key, so that the old one in the app is worth nothing if the user turns it on again.
            await users.ResetAuthenticatorKeyAsync(user);
            await signIn.RefreshSignInAsync(user);
        }

        await LoadAsync(user);
        return Page();
    }

    private async Task<IdentityUser> CurrentAsync() =>
        await users.GetUserAsync(User) ?? throw new InvalidOperationException("The signed-in user no longer exists.");

    private async Task LoadAsync(IdentityUser user)
    {
        Enabled = await users.GetTwoFactorEnabledAsync(user);
        Required = settings.RequiredForAdmins && await users.IsInRoleAsync(user, Roles.Admin) && !TwoFactorSettings.IsTwoFactorSession(User);
        if (Enabled)
        {
            return;
        }

        if (string.IsNullOrEmpty(await users.GetAuthenticatorKeyAsync(user)))
        {
            // Not ResetAuthenticatorKeyAsync: it also renews the security stamp, which would end the user's other
            // sessions merely for opening this page.
            await ((IUserAuthenticatorKeyStore<IdentityUser>)store).SetAuthenticatorKeyAsync(user, users.GenerateNewAuthenticatorKey(), HttpContext.RequestAborted);
            await users.UpdateAsync(user);
        }

        Key = await users.GetAuthenticatorKeyAsync(user) ?? "";
        var label = Uri.EscapeDataString("ClusterScope:" + user.UserName);
        OtpAuthUri = $"otpauth://totp/{label}?secret={Key}&issuer=ClusterScope&algorithm=SHA1&digits=6&period=30";
    }
}
