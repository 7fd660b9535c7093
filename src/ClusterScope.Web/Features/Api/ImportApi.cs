using System.Security.Claims;
using ClusterScope.Data.Access;
using ClusterScope.Data;
using ClusterScope.Data.Intake;
using ClusterScope.Web.Shared;

namespace ClusterScope.Web.Features.Api;

/// <summary>File imports for admins, and the templates to fill in.</summary>
internal static class ImportApi
{
    public static IEndpointRouteBuilder MapImportApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/imports").WithTags("Imports");
        // A cookie caller's upload needs the antiforgery token like every other write (Shared/ProofOfOrigin); token callers do not.
        api.MapPost("/{kind}", ImportAsync).RequireAuthorization(Policies.Admin);
        api.MapGet("/templates/{kind}", TemplateAsync);
        api.MapGet("/history", HistoryAsync).RequireAuthorization(Policies.Admin);
        api.MapGet("/history/{id:long}/errors.csv", HistoryErrorsAsync).RequireAuthorization(Policies.Admin);
        return app;
    }

    /// <summary>Imports one CSV or XLSX file (multipart field <c>file</c>). Answers the report; 400 with every error when the file is refused.</summary>
    public static async Task<IResult> ImportAsync(string kind, HttpRequest request, DataImporter importer, ClusterScopeDbContext db,
        AuditScopeFactory audit, CancellationToken ct, bool dryRun = false, bool validRowsOnly = false)
    {
        if (!DataImporter.TryParseKind(kind, out var importKind))
        {
            return TypedResults.Problem(statusCode: 404, title: "Unknown import kind", detail: $"Use one of: {string.Join(", ", DataImporter.Kinds)}.");
        }

        var form = request.HasFormContentType ? await request.ReadFormAsync(ct) : null;
        if (form?.Files.GetFile("file") is not { } file)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = ["Send the file as multipart/form-data in a field named 'file'."] });
        }

        if (Uploads.SafeName(file.FileName) is not { } name)
        {
            return Uploads.BadName();
        }

        var path = await Uploads.SaveAsync(file, name, ct);
        try
        {
            db.Audit = audit.ForRequest("import");
            var report = await importer.ImportAsync(importKind, path, new ImportOptions(dryRun, validRowsOnly, name), null, ct);
            if (!report.Refused)
            {
                return TypedResults.Ok(report);
            }

            return TypedResults.Problem(statusCode: 400, title: "Import refused",
                detail: $"{report.ErrorCount} error(s) in {report.RowsRefused} of {report.RowsRead} rows of {name}; nothing was written.",
                extensions: new Dictionary<string, object?> { ["errors"] = report.Errors, ["errorCount"] = report.ErrorCount });
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>The imports that were run, newest first (who, when, from where, file, counts), optionally of one kind; paged.</summary>
    public static async Task<IResult> HistoryAsync(string? kind, string? page, string? pageSize, ImportHistory history, CancellationToken ct)
    {
        var q = new QueryParameters();
        var request = q.Page(page, pageSize, null, null, []);
        var filter = KindFilter(q, kind);
        return q.HasErrors ? q.Problem() : TypedResults.Ok(PageResponse.From(await history.ListAsync(filter, request, ct)));
    }

    /// <summary>The import kind to filter by, lower-case; null for all, and an error in <paramref name="q"/> for an unknown one.</summary>
    public static string? KindFilter(QueryParameters q, string? kind)
    {
        if (string.IsNullOrEmpty(kind))
        {
            return null;
        }

        if (!DataImporter.TryParseKind(kind, out var parsed))
        {
            q.Errors["kind"] = [$"kind '{kind}' is not one of: {string.Join(", ", DataImporter.Kinds)}."];
            return null;
        }

        return parsed.ToString().ToLowerInvariant();
    }

    /// <summary>One import's error report (file,row,column,message,message_zh) as UTF-8 CSV; 404 when it had none.</summary>
    public static async Task<IResult> HistoryErrorsAsync(long id, ImportHistory history, CancellationToken ct) =>
        await history.ErrorsCsvAsync(id, ct) is { } csv
            ? TypedResults.File(ErrorCsv.Bytes(csv), "text/csv; charset=utf-8", $"import-{id}-errors.csv")
            : TypedResults.Problem(statusCode: 404, title: "No error report", detail: $"Import {id} does not exist or had no errors.");

    /// <summary>An import template with the expected columns and example rows, as CSV (UTF-8 with BOM) or XLSX.</summary>
    /// <remarks>The example rows come from the database: for a zone manager from their own zone.</remarks>
    public static async Task<IResult> TemplateAsync(string kind, string? format, ImportTemplates templates, ClaimsPrincipal user,
        ZoneOwnership ownership, CancellationToken ct)
    {
        if (!DataImporter.TryParseKind(kind, out var importKind))
        {
            return TypedResults.Problem(statusCode: 404, title: "Unknown import kind", detail: $"Use one of: {string.Join(", ", DataImporter.Kinds)}.");
        }

        var xlsx = string.Equals(format, "xlsx", StringComparison.OrdinalIgnoreCase);
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier);
        var zone = user.IsInRole(Roles.ZoneManager) && id is not null
            ? (await ownership.ZonesOfAsync(id, ct)).Order(StringComparer.Ordinal).FirstOrDefault()
            : null;
        var stream = new MemoryStream();
        if (xlsx)
        {
            await templates.WriteXlsxAsync(importKind, zone, stream, ct);
        }
        else
        {
            await templates.WriteCsvAsync(importKind, zone, stream, ct);
        }

        stream.Position = 0;
        return xlsx
            ? TypedResults.File(stream, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"{kind}-template.xlsx")
            : TypedResults.File(stream, "text/csv; charset=utf-8", $"{kind}-template.csv");
    }
}
