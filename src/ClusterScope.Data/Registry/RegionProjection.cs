using System.Linq.Expressions;
using ClusterScope.Domain.Registry;

namespace ClusterScope.Data.Registry;

/// <summary>Regions read without their boundaries: about 1 MB of GeoJSON for the 79 regions, which only the map needs.</summary>
internal static class RegionProjection
{
    /// <summary>A region with every field but <see cref="Region.GeometryGeoJson"/>.</summary>
    public static readonly Expression<Func<Region, Region>> WithoutGeometry = r =>
        new Region { Code = r.Code, ParentCode = r.ParentCode, Level = r.Level, NameZh = r.NameZh, NameEn = r.NameEn, NamePinyin = r.NamePinyin };
}
