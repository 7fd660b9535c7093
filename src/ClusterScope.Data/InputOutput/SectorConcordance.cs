using ClusterScope.Data.Chains;
using ClusterScope.Data.DefaultData;

namespace ClusterScope.Data.InputOutput;

/// <summary>Our concordance of the 42 IO sectors to GB/T 4754-2017 divisions and the programme's categories
/// (<c>data/jilin/io/sector_concordance.csv</c>; built from the names, not official: see data/jilin/io/PROVENANCE.md).</summary>
public sealed class SectorConcordance
{
    private static readonly string[] Columns = ["io_sector", "name_en", "name_zh", "gbt4754_section", "gbt4754_divisions", "categories"];
    private readonly Dictionary<string, SectorConcordanceRow> _bySector;

    private SectorConcordance(List<SectorConcordanceRow> rows)
    {
        Rows = rows;
        _bySector = rows.ToDictionary(r => r.Sector, StringComparer.Ordinal);
    }

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

        return new SectorConcordance(result);
    }
}
