using ClusterScope.Data.Chains;
using ClusterScope.Domain.Chains;

namespace ClusterScope.Web.Features.Chains;

/// <summary>The JSON shapes of chain maps, gaps and candidates; NaN (no data) is written as null.</summary>
internal static class ChainViews
{
    public static object Map(ChainMap map) => new
    {
        chain = map.Chain.Code, chainNameZh = map.Chain.NameZh, chainNameEn = map.Chain.NameEn,
        place = new { map.Place.Code, level = map.Place.Level.ToString().ToLowerInvariant(), map.Place.NameZh, map.Place.NameEn },
        map.Year, map.Output, map.HasSample,
        settings = new { map.Settings.StrongMinimumShare, map.Settings.StrongMinimumEnterprises },
        segments = map.Segments.Select(s => new
        {
            s.Segment.Code, s.Segment.NameZh, s.Segment.NameEn, stage = s.Segment.Stage.ToString().ToLowerInvariant(),
            status = s.Status.ToString().ToLowerInvariant(), enterprises = s.Enterprises.Count, s.Output, s.Employment, s.Share,
            leading = s.Leading.Select(e => new { e.Code, e.NameZh, e.NameEn }),
            members = s.Enterprises.Select(Enterprise),
        }),
        links = map.Chain.Links.Select(l => new { l.From, l.To, kind = l.Kind.ToString().ToLowerInvariant() }),
        unplaced = map.Unplaced.Select(Enterprise),
    };

    public static object Gaps(ChainGaps gaps) => new
    {
        chain = gaps.Map.Chain.Code, place = gaps.Map.Place.Code, gaps.Map.Year,
        comparison = new { level = gaps.ComparisonLevel?.ToString().ToLowerInvariant(), places = gaps.ComparisonPlaces, gaps.HasComplexity },
        weights = new { gaps.Map.Settings.PositionWeight, gaps.Map.Settings.DensityWeight, gaps.Map.Settings.ComplexityWeight },
        gaps = gaps.Gaps.Select((g, i) => Gap(g, i + 1, gaps.OpenLeads.GetValueOrDefault(g.SegmentCode))),
        industries = gaps.Industries.Select(i => new
        {
            i.IndustryCode, i.Present, density = Finite(i.Density), pci = Finite(i.Pci), cog = Finite(i.Cog),
            segments = gaps.Map.Chain.Segments.Where(s => s.Covers(i.IndustryCode)).Select(s => s.Code),
        }),
    };

    public static object Candidate(RankedCandidate r) => new
    {
        r.Rank, r.Candidate.Code, r.Candidate.NameZh, r.Candidate.NameEn, r.Candidate.CreditCode, r.Candidate.IndustryCode, r.Candidate.Origin,
        size = r.Candidate.Size.ToString().ToLowerInvariant(), provenance = r.Candidate.Provenance.ToString().ToLowerInvariant(),
        segment = r.Gap.SegmentCode, gapScore = r.Gap.Score, status = r.Gap.Status.ToString().ToLowerInvariant(),
        basis = r.Placement.Basis.ToString().ToLowerInvariant(), detail = r.Placement.Detail, possible = r.Placement.Possible,
    };

    private static object Gap(GapScore g, int rank, int openLeads) => new
    {
        rank, segment = g.SegmentCode, status = g.Status.ToString().ToLowerInvariant(), score = Finite(g.Score), position = Finite(g.Position),
        g.LinkedPresent, g.Neighbours, g.ValueShare, density = Finite(g.Density), pci = Finite(g.Pci), cog = Finite(g.Cog),
        complexity = Finite(g.Complexity), g.Industries, openLeads,
    };

    private static object Enterprise(PlacedEnterprise e) => new
    {
        e.Code, e.NameZh, e.NameEn, e.ZoneCode, e.IndustryCode, e.IsLeading, e.Output, e.Employment, provenance = e.Provenance.ToString().ToLowerInvariant(),
        placement = new { segment = e.Placement.SegmentCode, basis = e.Placement.Basis.ToString().ToLowerInvariant(), e.Placement.Detail, e.Placement.Possible },
    };

    public static double? Finite(double value) => double.IsFinite(value) ? value : null;
}
