using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ClusterScope.Web.Features.Tokens;

/// <summary>The new-token form of <c>/account/tokens</c> and of an admin's user page.</summary>
public sealed class TokenForm
{
    /// <summary>The form's field prefix (<c>NewToken.Name</c>, …), the name of the page property that binds it.</summary>
    public const string Prefix = "NewToken";

    public string? Name { get; set; }

    public bool ReadOnly { get; set; }

    public List<string> Zones { get; set; } = [];

    /// <summary>The day (UTC) from which the token no longer works.</summary>
    public DateOnly? ExpiresOn { get; set; }

    public TokenRequest ToRequest() =>
        new(Name, ReadOnly, Zones, ExpiresOn?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));

    /// <summary>Shows a creation on its page: a refusal's messages on the form's fields; or, once created, an empty form. Returns the
    /// secret, which the page shows in this answer only: never after a redirect, so it is in no URL and stored nowhere.</summary>
    public string? Show(PageModel page, TokenCreation creation)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(creation);
        foreach (var (field, messages) in creation.Errors ?? new Dictionary<string, string[]>())
        {
            page.ModelState.AddModelError($"{Prefix}.{(field == "ExpiresAtUtc" ? nameof(ExpiresOn) : field)}", string.Join(" ", messages));
        }

        if (creation.Token is not null)
        {
            page.ModelState.Clear();
            (Name, ReadOnly, Zones, ExpiresOn) = (null, false, [], null);
        }

        return creation.Token;
    }
}
