using ClusterScope.Data.DefaultData;
using ClusterScope.Domain.Programmes;

namespace ClusterScope.Data.Programmes;

/// <summary>The programme templates of a data set: <c>programmes/*.json</c>, with the indicators they read declared in
/// <c>programmes/indicators.csv</c> (docs/user/programmes.md).</summary>
public static class ProgrammeTemplates
{
    /// <summary>Reads and validates every template of the data set in <paramref name="folder"/>, in file-name order.</summary>
    /// <param name="folder">The data set's folder (e.g. <c>data/jilin</c>).</param>
    /// <param name="registryIndicators">Enterprise indicator codes the registry defines besides those declared in indicators.csv.</param>
    /// <exception cref="InvalidDataException">A file is not a valid programme, an indicator row is incomplete, or two files
    /// hold the same code and version; the message names the file and the clause, field or row.</exception>
    public static IReadOnlyList<Programme> Read(string folder, IEnumerable<string>? registryIndicators = null)
    {
        var directory = Path.Combine(folder, "programmes");
        if (!Directory.Exists(directory))
        {
            return [];
        }

        var indicators = new HashSet<string>(registryIndicators ?? [], StringComparer.Ordinal);
        var declared = Path.Combine(directory, "indicators.csv");
        if (File.Exists(declared))
        {
            foreach (var row in CsvRow.ReadAll(declared))
            {
                if (row.Optional("name_en") is null || row.Optional("name_zh") is null || row.Optional("unit") is null)
                {
                    throw new InvalidDataException($"indicators.csv, row {row.Row}: indicator '{row["code"]}' needs name_en, name_zh and unit.");
                }

                indicators.Add(row["code"]);
            }
        }

        var programmes = new List<Programme>();
        var seen = new Dictionary<(string, int), string>();
        foreach (var path in Directory.GetFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            var programme = ProgrammeFile.Parse(File.ReadAllText(path), name, indicators);
            if (!seen.TryAdd((programme.Code, programme.Version), name))
            {
                throw new InvalidDataException($"{name}: programme '{programme.Code}' version {programme.Version} is also in {seen[(programme.Code, programme.Version)]}.");
            }

            programmes.Add(programme);
        }

        return programmes;
    }
}
