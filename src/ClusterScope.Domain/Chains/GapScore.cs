namespace ClusterScope.Domain.Chains;

/// <summary>One missing or weak segment of a place's chain, scored as its parts (see <see cref="GapScoring"/>).</summary>
/// <param name="SegmentCode">The segment.</param>
/// <param name="Status">Missing or weak.</param>
/// <param name="LinkedPresent">Neighbouring segments (either direction) the place has.</param>
/// <param name="Neighbours">Neighbouring segments in all.</param>
/// <param name="ValueShare">The template's typical value share, where a source gives it.</param>
/// <param name="Position">Chain-position part, 0..1.</param>
/// <param name="Density">Mean relatedness density of the segment's industries in the place, 0..1; NaN without data.</param>
/// <param name="Pci">Mean PCI of the segment's industries; NaN without data.</param>
/// <param name="Cog">Mean COG of the place for the segment's industries; NaN without data.</param>
/// <param name="Complexity">Complexity part, 0..1: the mean of the PCI and COG percentiles (those defined); NaN without data.</param>
/// <param name="Score">The weighted score over the parts that have data, 0..1.</param>
/// <param name="Industries">The segment's industries found in the comparison matrix (the parts' basis).</param>
public sealed record GapScore(string SegmentCode, SegmentStatus Status, int LinkedPresent, int Neighbours, double? ValueShare,
    double Position, double Density, double Pci, double Cog, double Complexity, double Score, IReadOnlyList<string> Industries);
