using ClusterScope.Data.Registry;
using ClusterScope.Domain.Registry;

namespace ClusterScope.Web.Features.Api;

/// <summary>What the province map draws besides the boundaries: figures per region and the zones as points.</summary>
internal static class MapApi
{
    public static RouteGroupBuilder MapMapApi(this RouteGroupBuilder api)
    {
        api.MapGet("/regions/map", RegionMapAsync);
        api.MapGet("/zones/points", ZonePointsAsync);
        return api;
    }

    /// <summary>Zones, clusters and cluster output per prefecture or county (level, default prefecture) for a year (latest by default), with each metric's unit and provenance.</summary>
    public static async Task<IResult> RegionMapAsync(string? level, string? year, RegistryQueries queries, CancellationToken ct)
    {
        var q = new QueryParameters();
        var lvl = q.Enum<RegionLevel>("level", level) ?? RegionLevel.Prefecture;
        var y = q.Int("year", year, 1949, 2100);
        if (lvl is not (RegionLevel.Prefecture or RegionLevel.County))
        {
            q.Errors["level"] = [$"level '{level}' has no map; use prefecture or county."];
        }

        return q.HasErrors ? q.Problem() : TypedResults.Ok(await queries.RegionMapAsync(lvl, y, ct));
    }

    /// <summary>Every development zone with coordinates as a GeoJSON FeatureCollection of points (GCJ-02, like the boundaries).</summary>
    public static async Task<IResult> ZonePointsAsync(RegistryQueries queries, CancellationToken ct)
    {
        var features = (await queries.ZonePointsAsync(ct)).Select(z => new
        {
            type = "Feature",
            properties = new { code = z.Code, name_zh = z.NameZh, name_en = z.NameEn, level = z.Level.ToString(), prefecture = z.PrefectureCode, county = z.CountyCode },
            geometry = new { type = "Point", coordinates = new[] { z.Longitude, z.Latitude } },
        });
        return TypedResults.Json(new { type = "FeatureCollection", features }, contentType: "application/geo+json");
    }
}
