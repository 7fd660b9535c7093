using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace ClusterScope.Web.Features.Account;

/// <summary>The second step of signing in: the authenticator app's code, or a recovery code.</summary>
/// <remarks>Reached only after a right password (Identity's two-factor cookie names the user); the attempts count
/// against the same limits as passwords, per client and user name.</remarks>
public sealed class TwoFactorSignInModel(SignInManager<IdentityUser> signIn, SignInGuard guard, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty] public string Code { get; set; } = "";
    [BindProperty(SupportsGet = true)] public bool RememberMe { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Account/Login", new { ReturnUrl }) : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is not { UserName: { } name })
        {
            return RedirectToPage("/Account/Login", new { ReturnUrl });
        }

        var client = HttpContext.Connection.RemoteIpAddress;
        if (guard.TryAttempt(client, name) is { } wait)
        {
            return LoginModel.TooManyAttempts(this, text, wait, m => Error = m);
        }

        // Apps show the code as "123 456"; recovery codes are stored in capitals, as "ABCDE-FGHJK".
        var code = Code.Replace(" ", "", StringComparison.Ordinal);
        var result = code.Length == 6 && code.All(char.IsAsciiDigit)
            ? await signIn.TwoFactorAuthenticatorSignInAsync(code, RememberMe, rememberClient: false)
            : await signIn.TwoFactorRecoveryCodeSignInAsync(code.ToUpperInvariant());
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        }

        guard.RecordFailure(client, name);
        Error = text["The code is wrong."];
        return Page();
    }
}
