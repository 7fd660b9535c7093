using ClusterScope.Domain.Registry;

namespace ClusterScope.Data.Registry;

/// <summary>What a zone or cluster page shows, as one long table for CSV and XLSX downloads: one row per figure, each with its
/// provenance, so a downloaded number never loses whether it is real or sample.</summary>
public static class EntityTable
{
    /// <summary>The columns of every entity table.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["section", "code", "name_zh", "name_en", "period", "indicator", "value", "status", "provenance"];

    /// <summary>A cluster's series, its rank and its enterprise records.</summary>
    public static IEnumerable<object?[]> Of(ClusterDetail detail)
    {
        ArgumentNullException.ThrowIfNull(detail);
        var c = detail.Cluster;
        var series = Series(c.Code, c.NameZh, c.NameEn, "cluster_output", detail.Output)
            .Concat(Series(c.Code, c.NameZh, c.NameEn, "cluster_enterprises", detail.Enterprises))
            .Concat(Series(c.Code, c.NameZh, c.NameEn, "cluster_employment", detail.Employment));
        var rank = detail.Rank is { } r
            ? [["rank", c.Code, c.NameZh, c.NameEn, Year(r), "output_rank_among_category_and_level", (double)r.Rank, $"of {r.Ranked}", Provenance(c.FiguresAreSample)]]
            : Array.Empty<object?[]>();
        var enterprises = detail.EnterpriseList.Select(e => new object?[]
            { "enterprise", e.Code, e.NameZh, e.NameEn, null, "enterprise_record", null, e.IsLeading ? "leading" : null, e.Provenance.ToString().ToLowerInvariant() });
        return series.Concat(rank).Concat(enterprises);
    }

    /// <summary>A zone's output series, its rank and its clusters' figures in the cluster year shown.</summary>
    public static IEnumerable<object?[]> Of(ZoneDetail detail)
    {
        ArgumentNullException.ThrowIfNull(detail);
        var z = detail.Zone;
        var rank = detail.Rank is { } r
            ? [["rank", z.Code, z.NameZh, z.NameEn, Year(r), "output_rank_among_level", (double)r.Rank, $"of {r.Ranked}", Provenance(z.OutputIsSample)]]
            : Array.Empty<object?[]>();
        var clusters = detail.Clusters.Where(c => c.Output is not null).Select(c => new object?[]
            { "cluster", c.Code, c.NameZh, c.NameEn, c.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture), "cluster_output", c.Output, null, Provenance(c.FiguresAreSample) });
        return Series(z.Code, z.NameZh, z.NameEn, "zone_industrial_output", detail.Output).Concat(rank).Concat(clusters);
    }

    private static IEnumerable<object?[]> Series(string code, string nameZh, string nameEn, string indicator, IReadOnlyList<SeriesPoint> points) =>
        points.Select(p => new object?[] { "series", code, nameZh, nameEn, p.Period, indicator, p.Value, p.Status.ToString().ToLowerInvariant(), Provenance(p.IsSample) });

    private static string Year(PeerRank rank) => rank.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Provenance(bool isSample) => isSample ? "sample" : "real";
}
