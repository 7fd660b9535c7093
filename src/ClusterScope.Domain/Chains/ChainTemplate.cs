namespace ClusterScope.Domain.Chains;

/// <summary>An industrial chain (产业链) as a directed graph of segments from upstream to downstream; one version of it.</summary>
/// <param name="Code">The chain's id, lower-case, equal to its file name.</param>
/// <param name="Version">The version, from 1; an edited template is a new version.</param>
/// <param name="NameZh">Its Chinese name.</param>
/// <param name="NameEn">Its English name.</param>
/// <param name="CategoryCodes">The programme categories the chain serves.</param>
/// <param name="DescriptionZh">A Chinese description.</param>
/// <param name="DescriptionEn">An English description.</param>
/// <param name="Sources">The public documents the structure follows.</param>
/// <param name="Segments">The segments.</param>
/// <param name="Links">The links between segments.</param>
public sealed record ChainTemplate(string Code, int Version, string NameZh, string NameEn, IReadOnlyList<string> CategoryCodes,
    string? DescriptionZh, string? DescriptionEn, IReadOnlyList<ChainSource> Sources, IReadOnlyList<ChainSegment> Segments,
    IReadOnlyList<ChainLink> Links)
{
    /// <summary>The segment with this code, or null.</summary>
    public ChainSegment? Segment(string code) => Segments.FirstOrDefault(s => s.Code == code);

    /// <summary>The codes of the segments linked to <paramref name="code"/> in either direction.</summary>
    public IReadOnlyList<string> Neighbours(string code) =>
        Links.Where(l => l.From == code).Select(l => l.To).Concat(Links.Where(l => l.To == code).Select(l => l.From)).Distinct().ToList();
}
