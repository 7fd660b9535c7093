using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace ClusterScope.Web.Features.Account;

public sealed class LoginModel(SignInManager<IdentityUser> signIn, SignInGuard guard, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty] public string UserName { get; set; } = "";
    [BindProperty] public string Password { get; set; } = "";
    [BindProperty] public bool RememberMe { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    // Every refusal reads the same and costs one password hash check, whether the name is unknown, the password wrong
    // or the account locked by an admin, so neither the message nor the time tells which names exist.
    public async Task<IActionResult> OnPostAsync()
    {
        var client = HttpContext.Connection.RemoteIpAddress;
        if (guard.TryAttempt(client, UserName) is { } wait)
        {
            return TooManyAttempts(this, text, wait, m => Error = m);
        }

        var users = signIn.UserManager;
        var user = await users.FindByNameAsync(UserName.Trim());
        var result = Microsoft.AspNetCore.Identity.SignInResult.Failed;
        if (user is null)
        {
            guard.VerifyForUnknownUser(Password);
        }
        else if (await users.CheckPasswordAsync(user, Password))
        {
            // Checks the lock and two-factor; Identity's count of failures is not kept (see SignInGuard).
            result = await signIn.PasswordSignInAsync(user, Password, RememberMe, lockoutOnFailure: false);
        }

        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/Account/TwoFactorSignIn", new { ReturnUrl, RememberMe });
        }

        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        }

        guard.RecordFailure(client, UserName);
        Error = text["User name or password is wrong."];
        return Page();
    }

    /// <summary>The page again with 429, <c>Retry-After</c> in seconds and the wait in minutes in words.</summary>
    internal static PageResult TooManyAttempts(PageModel page, IStringLocalizer text, TimeSpan wait, Action<string> showError)
    {
        page.Response.Headers.RetryAfter = Math.Ceiling(wait.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        showError(text["Too many sign-in attempts. Try again in {0} minutes.", Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes))]);
        var result = page.Page();
        result.StatusCode = StatusCodes.Status429TooManyRequests;
        return result;
    }
}
