using System.Globalization;
using System.Text.RegularExpressions;

namespace ClusterScope.Data.InputOutput;

/// <summary>The input-output tables shipped in a data set's <c>io/</c> folder, by id (<c>china-2020-42</c>).</summary>
/// <remarks>Ids come from the file names <c>china_io_YYYY_NNsectors.csv</c>; see data/jilin/io/PROVENANCE.md.</remarks>
public static partial class IoTableCatalogue
{
    /// <summary>The default table: the latest 42-sector table, whose sectors the concordance covers.</summary>
    public const string DefaultId = "china-2020-42";

    /// <summary>Every table in the folder, sorted by year and size.</summary>
    public static IReadOnlyList<IoTableEntry> List(string ioFolder)
    {
        if (!Directory.Exists(ioFolder))
        {
            throw new DirectoryNotFoundException($"No input-output folder at {ioFolder}.");
        }

        return [.. Directory.EnumerateFiles(ioFolder, "china_io_*.csv")
            .Select(path => (path, match: FileName().Match(Path.GetFileName(path))))
            .Where(p => p.match.Success)
            .Select(p => new IoTableEntry(
                $"china-{p.match.Groups[1].Value}-{p.match.Groups[2].Value}",
                int.Parse(p.match.Groups[1].Value, CultureInfo.InvariantCulture),
                int.Parse(p.match.Groups[2].Value, CultureInfo.InvariantCulture),
                p.path))
            .OrderBy(e => e.Year).ThenBy(e => e.SectorCount)];
    }

    /// <summary>Reads a table by id.</summary>
    /// <exception cref="ArgumentException">No table has this id; the message lists the ids.</exception>
    public static IoTable Load(string ioFolder, string id)
    {
        var entries = List(ioFolder);
        var entry = entries.FirstOrDefault(e => e.Id == id)
            ?? throw new ArgumentException($"No input-output table '{id}'; available: {string.Join(", ", entries.Select(e => e.Id))}.");
        return NbsTableReader.Read(entry.Path, entry.Id, entry.Year);
    }

    [GeneratedRegex(@"^china_io_(\d{4})_(\d+)sectors\.csv$")]
    private static partial Regex FileName();
}
