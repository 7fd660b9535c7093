using ClusterScope.Analytics;

namespace ClusterScope.Data.Analysis;

/// <summary>Region x industry values read from a long-format file, one matrix per year (a single matrix when the file has no year).</summary>
/// <param name="Regions">Region labels in order of first appearance; the rows of every matrix.</param>
/// <param name="Industries">Industry labels in order of first appearance; the columns of every matrix.</param>
/// <param name="Years">The years, ascending; empty when the file has no <c>year</c> column.</param>
/// <param name="Matrices">One matrix per year (or one in all); cells absent from the file are 0.</param>
public sealed record RegionIndustryPanel(IReadOnlyList<string> Regions, IReadOnlyList<string> Industries, IReadOnlyList<int> Years, IReadOnlyList<Matrix> Matrices)
{
    /// <summary>Codes of the regions (administrative or zone codes), parallel to <see cref="Regions"/>; empty when the input has none.</summary>
    public IReadOnlyList<string> RegionCodes { get; init; } = [];

    /// <summary>Codes of the industries, parallel to <see cref="Industries"/>; empty when the input has none.</summary>
    public IReadOnlyList<string> IndustryCodes { get; init; } = [];

    /// <summary>The code of every region and industry label, for exports that carry codes beside names.</summary>
    public IReadOnlyDictionary<string, string> CodesByLabel() =>
        Regions.Zip(RegionCodes).Concat(Industries.Zip(IndustryCodes))
            .GroupBy(p => p.First, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Second, StringComparer.Ordinal);

    /// <summary>The matrix of one year, or the only matrix when <paramref name="year"/> is null and there is one.</summary>
    /// <exception cref="ArgumentException">The year is not in the file, or the file has several years and none was chosen.</exception>
    public Matrix For(int? year)
    {
        if (year is null)
        {
            return Matrices.Count == 1 ? Matrices[0]
                : throw new ArgumentException($"The file has the years {string.Join(", ", Years)}: choose one with --year.", nameof(year));
        }

        var index = Years.ToList().IndexOf(year.Value);
        return index >= 0 ? Matrices[index]
            : throw new ArgumentException(Years.Count == 0 ? $"The file has no year column; drop --year {year}." : $"Year {year} is not in the file (it has {string.Join(", ", Years)}).", nameof(year));
    }
}
