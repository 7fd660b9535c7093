using ClusterScope.Data.Access;
using ClusterScope.Data.Chains;
using ClusterScope.Data.Submissions;
using ClusterScope.Domain.Chains;
using ClusterScope.Web.Features.Api;
using ClusterScope.Web.Features.Submissions;
using ClusterScope.Web.Shared;

namespace ClusterScope.Web.Features.Chains;

/// <summary>Chains under <c>/api/v1/chains</c>: templates, a place's map and gaps (read by anyone, as the registry), the ranked
/// candidates (signed-in staff), hand placements of enterprises (their zone's managers and admins), and new template versions
/// (admins).</summary>
internal static class ChainApi
{
    /// <summary>A hand placement: the segment code, <c>none</c> for "not in this chain", or null to return to the rule.</summary>
    public sealed record PlacementBody(string? Segment, string? Note);

    public static void MapChainApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/chains").WithTags("Chains");
        api.MapGet("/", List);
        api.MapGet("/{code}", Get);
        api.MapGet("/{code}/versions", VersionsAsync);
        api.MapPut("/{code}", SaveAsync).Accepts<System.Text.Json.JsonElement>("application/json").RequireAuthorization(Policies.Admin);
        api.MapGet("/{code}/map", MapAsync);
        api.MapGet("/{code}/map.xlsx", MapXlsxAsync);
        api.MapGet("/{code}/gaps", GapsAsync);
        api.MapGet("/{code}/candidates", CandidatesAsync).RequireAuthorization(p => p.RequireRole(Reporters.SeeingRoles));
        app.MapPut("/api/v1/enterprises/{code}/placements/{chain}", PlaceAsync).WithTags("Chains").RequireAuthorization(Policies.Report);
    }

    /// <summary>Every chain template: code, version, names, segment and link counts.</summary>
    public static IResult List(ChainCatalogue catalogue) =>
        TypedResults.Ok(catalogue.All.Select(c => new { c.Code, c.Version, c.NameZh, c.NameEn, c.CategoryCodes, segments = c.Segments.Count, links = c.Links.Count }));

    /// <summary>One template with its segments, links and sources.</summary>
    public static IResult Get(string code, ChainCatalogue catalogue) =>
        catalogue.Find(code) is { } chain ? TypedResults.Ok(chain) : RegistryApi.NotFound("chain", code);

    /// <summary>Every version of a chain's template, newest first.</summary>
    public static async Task<IResult> VersionsAsync(string code, ChainCatalogue catalogue, ChainTemplateEditor editor, CancellationToken ct) =>
        catalogue.Find(code) is { } chain ? TypedResults.Ok(await editor.VersionsAsync(chain.Code, ct)) : RegistryApi.NotFound("chain", code);

    /// <summary>Saves the template in the body as a new version of chain <c>code</c> (admin); a code not yet known adds a chain.
    /// The version must be above the one in use; errors name the JSON path or the segment, in both languages.</summary>
    public static async Task<IResult> SaveAsync(string code, HttpRequest request, ChainCatalogue catalogue, ChainTemplateEditor editor,
        AuditScopeFactory audit, CancellationToken ct)
    {
        using var reader = new StreamReader(request.Body, System.Text.Encoding.UTF8);
        var current = catalogue.Find(code);
        var (saved, errors) = await editor.SaveAsync(current?.Code ?? code.Trim(), await reader.ReadToEndAsync(ct), current, audit.ForRequest("api"), ct);
        return saved is null
            ? TypedResults.ValidationProblem(errors.In(chinese: false).ToDictionary(), title: "Invalid chain template",
                extensions: new Dictionary<string, object?> { ["errorsZh"] = errors.In(chinese: true) })
            : TypedResults.Created($"/api/v1/chains/{saved.Code}", new { saved.Code, saved.Version });
    }

    /// <summary>The chain map of a place (<c>place</c>: a cluster, zone, prefecture or 220000), for <c>year</c> (default the latest).</summary>
    public static async Task<IResult> MapAsync(string code, string? place, string? year, ChainCatalogue catalogue, ChainMapService service, CancellationToken ct)
    {
        var (chain, at, y, problem) = await ResolveAsync(code, place, year, catalogue, service, ct);
        return problem ?? TypedResults.Ok(ChainViews.Map(await service.MapAsync(chain!, at!, y, ct)));
    }

    /// <summary>The chain map as an XLSX workbook (segments, enterprises).</summary>
    public static async Task<IResult> MapXlsxAsync(string code, string? place, string? year, ChainCatalogue catalogue, ChainMapService service, CancellationToken ct)
    {
        var (chain, at, y, problem) = await ResolveAsync(code, place, year, catalogue, service, ct);
        if (problem is not null)
        {
            return problem;
        }

        var map = await service.MapAsync(chain!, at!, y, ct);
        var stream = new MemoryStream();
        await ChainMapExport.WriteAsync(map, stream, ct);
        stream.Position = 0;
        return TypedResults.File(stream, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"chain-{chain!.Code}-{at!.Code}-{map.Year}.xlsx");
    }

    /// <summary>The scored gaps of a place, with every industry's growth-opportunity coordinates.</summary>
    public static async Task<IResult> GapsAsync(string code, string? place, string? year, ChainCatalogue catalogue, ChainMapService service, CancellationToken ct)
    {
        var (chain, at, y, problem) = await ResolveAsync(code, place, year, catalogue, service, ct);
        return problem ?? TypedResults.Ok(ChainViews.Gaps(await service.GapsAsync(chain!, at!, y, ct)));
    }

    /// <summary>The candidate firms ranked against the place's gaps; <c>segment</c> narrows to one gap.</summary>
    public static async Task<IResult> CandidatesAsync(string code, string? place, string? year, string? segment, ChainCatalogue catalogue,
        ChainMapService service, CancellationToken ct)
    {
        var (chain, at, y, problem) = await ResolveAsync(code, place, year, catalogue, service, ct);
        if (problem is not null)
        {
            return problem;
        }

        if (!string.IsNullOrWhiteSpace(segment) && chain!.Segment(segment.Trim()) is null)
        {
            return Invalid("segment", $"'{segment}' is not a segment of {chain.Code}.", $"“{segment}”不是{chain.NameZh}的环节。");
        }

        var gaps = await service.GapsAsync(chain!, at!, y, ct);
        var ranked = await service.CandidatesAsync(gaps, string.IsNullOrWhiteSpace(segment) ? null : segment.Trim(), ct);
        return TypedResults.Ok(ranked.Select(ChainViews.Candidate));
    }

    /// <summary>Places an enterprise by hand on a segment of a chain (or takes it off with <c>none</c>, or returns it to the rule
    /// with null). 404 for another zone's enterprise.</summary>
    public static async Task<IResult> PlaceAsync(string code, string chain, PlacementBody body, HttpContext context, PlacementService service,
        ZoneOwnership ownership, AuditScopeFactory audit, CancellationToken ct)
    {
        var outcome = await service.PlaceAsync(code, chain, body.Segment, body.Note, await Reporters.OfAsync(context.User, ownership, ct), audit.ForRequest("api"), ct);
        return outcome.Status switch
        {
            ReviewStatus.Done => TypedResults.NoContent(),
            ReviewStatus.NotFound => TypedResults.Problem(statusCode: 404, title: "Not found", detail: outcome.Message),
            ReviewStatus.NotAllowed => TypedResults.Problem(statusCode: 403, title: "Not allowed", detail: outcome.Message,
                extensions: new Dictionary<string, object?> { ["detailZh"] = outcome.MessageZh }),
            _ => Invalid(outcome.Message!.StartsWith("note", StringComparison.Ordinal) ? "note" : "segment", outcome.Message!, outcome.MessageZh!),
        };
    }

    private static async Task<(ChainTemplate? Chain, ChainPlace? Place, int? Year, IResult? Problem)> ResolveAsync(string code, string? place, string? year,
        ChainCatalogue catalogue, ChainMapService service, CancellationToken ct)
    {
        if (catalogue.Find(code) is not { } chain)
        {
            return (null, null, null, RegistryApi.NotFound("chain", code));
        }

        var q = new QueryParameters();
        var y = q.Int("year", year, 1990, 2100);
        if (q.HasErrors)
        {
            return (chain, null, null, q.Problem());
        }

        if (string.IsNullOrWhiteSpace(place))
        {
            return (chain, null, null, Invalid("place", "Give place: a cluster, zone, prefecture (e.g. 220100) or 220000 for the province.",
                "请给出 place：产业集群、开发区、市州（如 220100）或 220000（全省）。"));
        }

        return await service.PlaceAsync(place, ct) is { } at
            ? (chain, at, y, null)
            : (chain, null, null, Invalid("place", $"'{place}' is not a cluster, zone, prefecture or province code.", $"“{place}”不是产业集群、开发区、市州或省的代码。"));
    }

    private static Microsoft.AspNetCore.Http.HttpResults.ValidationProblem Invalid(string field, string message, string messageZh) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] },
            extensions: new Dictionary<string, object?> { ["errorsZh"] = new Dictionary<string, string[]> { [field] = [messageZh] } });
}
