using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ClusterScope.Web.Features.Users;

/// <summary>Puts a refused user change's messages on the form's fields.</summary>
internal static class UserForm
{
    public static void ShowErrors(PageModel page, UserChange change)
    {
        foreach (var (field, messages) in change.Errors ?? new Dictionary<string, string[]>())
        {
            page.ModelState.AddModelError(field, string.Join(" ", messages));
        }
    }

    /// <summary>The zones of the form: only kept for zone managers, so switching a manager to another role drops them.</summary>
    public static IReadOnlyCollection<string> Zones(string? role, IEnumerable<string>? zones) =>
        role == Domain.Access.RoleNames.ZoneManager ? (zones ?? []).Where(z => !string.IsNullOrWhiteSpace(z)).Distinct().ToList() : [];
}
