using ClusterScope.Data.Registry;
using ClusterScope.Domain.Registry;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ClusterScope.Web.Features.Api;

/// <summary>The read side of the registry under <c>/api/v1</c>.</summary>
internal static class RegistryApi
{
    private static readonly string[] NoSort = [];

    public static RouteGroupBuilder MapRegistryApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Registry");
        api.MapGet("/regions", ListRegionsAsync);
        api.MapGet("/regions/geometry", RegionGeometryAsync);
        api.MapMapApi();
        api.MapGet("/zones", ListZonesAsync).AddEndpointFilter<DataStampETag>();
        api.MapGet("/zones/{code}", GetZoneAsync);
        api.MapGet("/clusters", ListClustersAsync).AddEndpointFilter<DataStampETag>();
        api.MapGet("/clusters/{code}", GetClusterAsync);
        api.MapGet("/enterprises", ListEnterprisesAsync);
        api.MapGet("/industries", ListIndustriesAsync);
        api.MapGet("/belts", ListBeltsAsync);
        api.MapGet("/belts/performance", BeltPerformanceAsync);
        api.MapGet("/indicators", ListIndicatorsAsync);
        api.MapGet("/observations", ListObservationsAsync).AddEndpointFilter<DataStampETag>();
        api.MapGet("/dashboard", DashboardAsync).AddEndpointFilter<DataStampETag>();
        api.MapGet("/periods", PeriodsAsync);
        app.MapRegistryEditApi();
        app.MapImportApi();
        return api;
    }

    /// <summary>Lists administrative regions, optionally of one level (province, prefecture, county) or under one parent code.</summary>
    public static async Task<IResult> ListRegionsAsync(string? level, string? parent, string? page, string? pageSize, RegistryQueries queries, CancellationToken ct)
    {
        var q = new QueryParameters();
        var lvl = q.Enum<RegionLevel>("level", level);
        var request = q.Page(page, pageSize, null, null, NoSort);
        return q.HasErrors ? q.Problem() : TypedResults.Ok(PageResponse.From(await queries.ListRegionsAsync(lvl, parent, request, ct)));
    }

    /// <summary>The boundaries of the regions of one level (default prefecture) as a GeoJSON FeatureCollection (GCJ-02 frame).</summary>
    public static async Task<IResult> RegionGeometryAsync(string? level, RegistryQueries queries, CancellationToken ct)
    {
        var q = new QueryParameters();
        var lvl = q.Enum<RegionLevel>("level", level) ?? RegionLevel.Prefecture;
        return q.HasErrors ? q.Problem() : TypedResults.Text(await queries.RegionGeometryAsync(lvl, ct), "application/geo+json");
    }

    /// <summary>Lists development zones, filtered by prefecture, level, type, category (of their clusters) and name; sorted and paged.
    /// Output is that of <c>year</c> (a year, or <c>latest</c>: the default by coverage, see <c>/api/v1/periods</c>).</summary>
    public static async Task<IResult> ListZonesAsync(string? prefecture, string? level, string? type, string? category, string? search, string? year,
        string? sort, string? desc, string? page, string? pageSize, RegistryQueries queries, CancellationToken ct)
    {
        var q = new QueryParameters();
        var filter = new ZoneFilter(prefecture, q.Enum<ZoneLevel>("level", level), type, category, search, q.YearOrLatest("year", year));
        var request = q.Page(page, pageSize, sort, desc, RegistryQueries.ZoneSortColumns);
        return q.HasErrors ? q.Problem() : TypedResults.Ok(PageResponse.From(await queries.ListZonesAsync(filter, request, ct)));
    }

    /// <summary>One development zone with its clusters, incubators, output series, leading enterprises and rank among the zones of its
    /// level in <c>year</c> (a year, or <c>latest</c> and by default: the default by coverage).</summary>
    public static async Task<IResult> GetZoneAsync(string code, string? year, RegistryQueries queries, CancellationToken ct)
    {
        var q = new QueryParameters();
        var y = q.YearOrLatest("year", year);
        return q.HasErrors ? q.Problem() : await queries.GetZoneAsync(code, y, ct) is { } zone ? TypedResults.Ok(zone) : NotFound("zone", code);
    }

    /// <summary>Lists clusters with their figures for a year (a year, or <c>latest</c> and by default: the latest year whose coverage
    /// reaches <c>Periods:MinimumCoverage</c>), filtered by prefecture, zone, level, category and tier.</summary>
    public static async Task<IResult> ListClustersAsync(string? prefecture, string? zone, string? level, string? category, string? tier,
        string? year, string? search, string? sort, string? desc, string? page, string? pageSize, RegistryQueries queries, CancellationToken ct)
    {
        var q = new QueryParameters();
        var filter = new ClusterFilter(prefecture, zone, q.Enum<ZoneLevel>("level", level), category, q.Enum<OutputTier>("tier", tier),
            q.YearOrLatest("year", year), search);
        var request = q.Page(page, pageSize, sort, desc, RegistryQueries.ClusterSortColumns);
        return q.HasErrors ? q.Problem() : TypedResults.Ok(PageResponse.From(await queries.ListClustersAsync(filter, request, ct)));
    }

    /// <summary>One cluster with its output, enterprise and employment series, tier history, enterprises and rank among the clusters
    /// of its category in zones of its level in <c>year</c> (a year, or <c>latest</c> and by default: the default by coverage).</summary>
    public static async Task<IResult> GetClusterAsync(string code, string? year, RegistryQueries queries, CancellationToken ct)
    {
        var q = new QueryParameters();
        var y = q.YearOrLatest("year", year);
        return q.HasErrors ? q.Problem() : await queries.GetClusterAsync(code, y, ct) is { } cluster ? TypedResults.Ok(cluster) : NotFound("cluster", code);
    }

    /// <summary>Lists enterprises, filtered by zone, cluster, leading flag, provenance (real or sample) and name.</summary>
    public static async Task<IResult> ListEnterprisesAsync(string? zone, string? cluster, string? leading, string? provenance, string? search,
        string? page, string? pageSize, RegistryQueries queries, CancellationToken ct)
    {
        var q = new QueryParameters();
        var filter = new EnterpriseFilter(zone, cluster, q.Bool("leading", leading), q.Enum<Provenance>("provenance", provenance), search);
        var request = q.Page(page, pageSize, null, null, NoSort);
        return q.HasErrors ? q.Problem() : TypedResults.Ok(PageResponse.From(await queries.ListEnterprisesAsync(filter, request, ct)));
    }

    /// <summary>The cluster programme's industry categories with their GB/T 4754-2017 codes and groupings.</summary>
    public static async Task<Ok<IReadOnlyList<IndustryCategory>>> ListIndustriesAsync(RegistryQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.ListCategoriesAsync(ct));

    /// <summary>The industrial agglomeration belts with their member prefectures and designated categories.</summary>
    public static async Task<Ok<IReadOnlyList<Belt>>> ListBeltsAsync(RegistryQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.ListBeltsAsync(ct));

    /// <summary>Each belt's clusters in its designated industries: count and output in a year (a year, or <c>latest</c> and by
    /// default: the default by coverage) and annual growth since the first complete year; <c>provenance</c> counts the sample figures.</summary>
    public static async Task<IResult> BeltPerformanceAsync(string? year, RegistryQueries queries, CancellationToken ct)
    {
        var q = new QueryParameters();
        var y = q.YearOrLatest("year", year);
        return q.HasErrors ? q.Problem() : TypedResults.Ok(await queries.BeltPerformanceAsync(y, null, ct));
    }

    /// <summary>Indicator definitions (code, unit, direction, entity kind).</summary>
    public static async Task<Ok<IReadOnlyList<Indicator>>> ListIndicatorsAsync(RegistryQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.ListIndicatorsAsync(ct));

    /// <summary>Lists indicator observations, filtered by entity kind, entity code, indicator, period and provenance.</summary>
    public static async Task<IResult> ListObservationsAsync(string? entityKind, string? entity, string? indicator, string? period, string? provenance,
        string? page, string? pageSize, RegistryQueries queries, CancellationToken ct)
    {
        var q = new QueryParameters();
        var filter = new ObservationFilter(q.Enum<EntityKind>("entityKind", entityKind), entity, indicator, period, q.Enum<Provenance>("provenance", provenance));
        var request = q.Page(page, pageSize, null, null, NoSort);
        return q.HasErrors ? q.Problem() : TypedResults.Ok(PageResponse.From(await queries.ListObservationsAsync(filter, request, ct)));
    }

    /// <summary>The province's headline figures and per-prefecture figures for a year (a year, or <c>latest</c> and by default: the
    /// default by coverage), with the years' coverage in <c>period</c> and the sample figures counted in <c>outputProvenance</c>.</summary>
    public static async Task<IResult> DashboardAsync(string? year, RegistryQueries queries, CancellationToken ct)
    {
        var q = new QueryParameters();
        var y = q.YearOrLatest("year", year);
        return q.HasErrors ? q.Problem() : TypedResults.Ok(await queries.DashboardAsync(y, ct));
    }

    /// <summary>The years of an indicator's figures (<c>kind</c> cluster or zone) with how many of the expected entities reported
    /// in each, which are complete (<c>Periods:MinimumCoverage</c>) and the default year that <c>latest</c> means.</summary>
    public static async Task<IResult> PeriodsAsync(string? kind, string? year, RegistryQueries queries, CancellationToken ct)
    {
        var q = new QueryParameters();
        var entityKind = q.Enum<EntityKind>("kind", kind) ?? EntityKind.Cluster;
        var y = q.YearOrLatest("year", year);
        if (entityKind is not (EntityKind.Cluster or EntityKind.Zone))
        {
            q.Errors.TryAdd("kind", [$"kind must be Cluster or Zone; got '{kind}'."]);
        }

        if (q.HasErrors)
        {
            return q.Problem();
        }

        return TypedResults.Ok(entityKind == EntityKind.Zone ? await queries.ZonePeriodsAsync(y, ct) : await queries.ClusterPeriodsAsync(y, ct));
    }

    internal static ProblemHttpResult NotFound(string kind, string code) =>
        TypedResults.Problem(statusCode: 404, title: $"No such {kind}", detail: $"There is no {kind} with code '{code}'.");
}
