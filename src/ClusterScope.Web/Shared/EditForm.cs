using ClusterScope.Data.Registry;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ClusterScope.Web.Shared;

/// <summary>What an edit form shows after a save: the record's page, 404, the conflict notice, or the field errors.</summary>
public static class EditForm
{
    /// <summary>The TempData key that tells the next page an edit was saved.</summary>
    public const string SavedFlag = "EditSaved";

    /// <summary>Whether the request follows a saved edit; TempData is read only when its cookie came, so that other pages do
    /// not answer with a cookie that deletes it.</summary>
    public static bool WasSaved(HttpContext context, Microsoft.AspNetCore.Mvc.ViewFeatures.ITempDataDictionary tempData)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(tempData);
        return context.Request.Cookies.ContainsKey(Microsoft.AspNetCore.Mvc.ViewFeatures.CookieTempDataProvider.CookieName) && tempData[SavedFlag] is true;
    }

    /// <summary>Maps an edit's outcome onto the page's answer; <paramref name="onConflict"/> sets the page's conflict notice.</summary>
    public static IActionResult Respond(PageModel page, EditOutcome outcome, string savedUrl, Action onConflict)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(onConflict);
        switch (outcome.Status)
        {
            case EditStatus.Saved:
                // Shown once by the layout on the page the redirect leads to.
                page.TempData[SavedFlag] = true;
                return new RedirectResult(savedUrl);
            case EditStatus.NotFound:
                return new NotFoundResult();
            case EditStatus.Conflict:
                onConflict();
                return new PageResult();
            default:
                foreach (var (field, messages) in outcome.Errors?.In(Ui.IsChinese) ?? new Dictionary<string, string[]>())
                {
                    // Form fields are the page's PascalCase properties; the editor names them in camelCase as the API does.
                    page.ModelState.AddModelError(char.ToUpperInvariant(field[0]) + field[1..], string.Join(" ", messages));
                }

                return new PageResult();
        }
    }
}
