using ClusterScope.Data.Chains;
using ClusterScope.Data.DefaultData;

namespace ClusterScope.Data.InputOutput;

/// <summary>Our concordance of an NBS sector list to GB/T 4754-2017 divisions and the programme's categories, built from
/// the names, not official (see data/jilin/io/PROVENANCE.md): <c>data/jilin/io/sector_concordance.csv</c> for the 42
/// sectors of china-2020-42, <c>sector_concordance_153.csv</c> for the 153 sectors of china-2020-153.</summary>
/// <remarks>In the 42-sector file every division lies in exactly one sector; in the 153-sector file several sectors may
/// share a division (e.g. 079 汽车整车 and 080 汽车零部件及配件 both lie in 36).</remarks>
public sealed class SectorConcordance
{
    /// <summary>The concordance files of the data set's io folder, tried in this order by <see cref="ForTable"/>.</summary>
    public static readonly IReadOnlyList<string> KnownFiles = ["sector_concordance.csv", "sector_concordance_153.csv"];

    private static readonly string[] Columns = ["io_sector", "name_en", "name_zh", "gbt4754_section", "gbt4754_divisions", "categories"];
    private readonly Dictionary<string, SectorConcordanceRow> _bySector;

    private SectorConcordance(string file, List<SectorConcordanceRow> rows)
    {
        File = file;
        Rows = rows;
        _bySector = rows.ToDictionary(r => r.Sector, StringComparer.Ordinal);
    }

    /// <summary>The file name the concordance was read from, e.g. <c>sector_concordance_153.csv</c>.</summary>
    public string File { get; }

    /// <summary>Rows in sector order.</summary>
    public IReadOnlyList<SectorConcordanceRow> Rows { get; }

    /// <summary>The row of an IO sector code.</summary>
    /// <exception cref="ArgumentException">The concordance has no such sector.</exception>
    public SectorConcordanceRow For(string sector) => _bySector.GetValueOrDefault(sector)
        ?? throw new ArgumentException($"The sector concordance has no IO sector '{sector}'.");

    /// <summary>Whether a table has exactly the concordance's sectors (same codes and Chinese names, in order).</summary>
    public bool Covers(IReadOnlyList<IoSector> sectors)
    {
        ArgumentNullException.ThrowIfNull(sectors);
        return sectors.Count == Rows.Count && sectors.Select((s, i) => s.Code == Rows[i].Sector && s.NameZh == Rows[i].NameZh).All(x => x);
    }

    /// <summary>The first of the <see cref="KnownFiles"/> in <paramref name="ioFolder"/> that covers the sectors, or null.</summary>
    /// <exception cref="InvalidDataException">A concordance file has a bad row.</exception>
    public static SectorConcordance? ForTable(string ioFolder, IndustryTaxonomy taxonomy, IReadOnlyList<IoSector> sectors)
    {
        ArgumentNullException.ThrowIfNull(sectors);
        return KnownFiles.Select(f => Path.Combine(ioFolder, f)).Where(System.IO.File.Exists)
            .Select(f => Load(f, taxonomy)).FirstOrDefault(c => c.Covers(sectors));
    }

    /// <summary>Reads the file; every division must exist in the taxonomy and lie in the row's sections.</summary>
    /// <exception cref="InvalidDataException">Names the file, line and field of a bad row.</exception>
    public static SectorConcordance Load(string path, IndustryTaxonomy taxonomy)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        var rows = CsvRow.ReadAll(path);
        var missing = rows.Count == 0 ? Columns : Columns.Except(rows[0].Columns).ToArray();
        if (missing.Length > 0)
        {
            throw new InvalidDataException($"{path}: line 1: missing the columns {string.Join(", ", missing)}");
        }

        var result = new List<SectorConcordanceRow>();
        foreach (var row in rows)
        {
            var where = $"{row.File}: line {row.Row}";
            var sections = row["gbt4754_section"].Split(';', StringSplitOptions.RemoveEmptyEntries);
            var divisions = row["gbt4754_divisions"].Split(';', StringSplitOptions.RemoveEmptyEntries);
            foreach (var division in divisions)
            {
                var code = taxonomy.Find(division);
                if (code is null || code.Level != IndustryLevel.Division || !sections.Contains(code.Section))
                {
                    throw new InvalidDataException($"{where}: field gbt4754_divisions: '{division}' is not a GB/T 4754-2017 division of section {string.Join("/", sections)}");
                }
            }

            var categories = (row.Optional("categories") ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries)
                .Select(c => c.Split(':') is [var category, var extent and ("full" or "partial")]
                    ? new CategoryLink(category, extent == "full")
                    : throw new InvalidDataException($"{where}: field categories: '{c}' is not category:full or category:partial"))
                .ToList();
            result.Add(new SectorConcordanceRow(row["io_sector"], row["name_zh"], sections, divisions, categories));
        }

        return new SectorConcordance(Path.GetFileName(path), result);
    }
}
