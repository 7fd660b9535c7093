using ClusterScope.Domain;

namespace ClusterScope.Web.Shared;

/// <summary>Refuses, with 400 and problem details naming the parameter, a request whose path, query or form fields hold a NUL
/// or another character that <see cref="TextRules"/> refuses in any text, before it reaches a filter or a database
/// (PostgreSQL cannot store NUL and would answer with an error).</summary>
internal sealed class ControlCharacterGuard(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, IProblemDetailsService problems)
    {
        var bad = Find(context.Request);
        if (context.Request.HasFormContentType && bad is null)
        {
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            bad = form.FirstOrDefault(f => f.Value.Any(v => v is not null && TextRules.HasForbiddenCharacter(v))).Key;
        }

        if (bad is null)
        {
            await next(context);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "Control character in the request",
                Detail = $"'{bad}' holds a control character such as NUL; remove it. “{bad}”含有控制字符（如 NUL），请删除。",
                Extensions = { ["errors"] = new Dictionary<string, string[]> { [bad] = ["holds a control character such as NUL"] } },
            },
        });
    }

    private static string? Find(HttpRequest request)
    {
        if (TextRules.HasForbiddenCharacter(request.Path.Value))
        {
            return "path";
        }

        foreach (var (key, values) in request.Query)
        {
            if (TextRules.HasForbiddenCharacter(key) || values.Any(v => v is not null && TextRules.HasForbiddenCharacter(v)))
            {
                return TextRules.HasForbiddenCharacter(key) ? "query" : key;
            }
        }

        return null;
    }
}
