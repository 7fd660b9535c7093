using System.Globalization;
using ClusterScope.Data.Chains;
using ClusterScope.Data.DefaultData;

namespace ClusterScope.Data.InputOutput;

/// <summary>Employment by IO sector: national (Wang, Jia and Wang 2021, via ionet) and Jilin's (census 2020) by GB/T section.</summary>
/// <remarks>The national file has rows for GB/T 4754 sections and their divisions, numbered within each section in the
/// standard's order (C01 = division 13 ... C31 = 43); they are mapped to divisions by that order and summed to IO sectors
/// through <see cref="SectorConcordance"/>. Jilin's census gives only section shares (20 sections) per county: persons
/// employed = resident population x employment ratio (of the population aged 16+, so an upper bound) x section share,
/// summed over the 69 county-level units.</remarks>
public static class SectorEmployment
{
    /// <summary>National employment (10k persons) of one year by IO sector.</summary>
    /// <exception cref="InvalidDataException">A section's detail rows do not match its divisions, or the year is missing.</exception>
    public static double[] National(string path, int year, SectorConcordance concordance, IndustryTaxonomy taxonomy, IReadOnlyList<IoSector> sectors)
    {
        ArgumentNullException.ThrowIfNull(concordance);
        ArgumentNullException.ThrowIfNull(taxonomy);
        ArgumentNullException.ThrowIfNull(sectors);
        var byDivision = NationalByDivision(path, year, taxonomy);
        return [.. sectors.Select(s => concordance.For(s.Code).Divisions.Sum(d => byDivision.GetValueOrDefault(d)))];
    }

    /// <summary>National employment (10k persons) of one year by GB/T section.</summary>
    public static Dictionary<string, double> NationalBySection(string path, int year)
    {
        var column = year.ToString(CultureInfo.InvariantCulture);
        return CsvRow.ReadAll(path).Where(r => r["code"].Length == 1).ToDictionary(r => r["code"], r => r.Number(column), StringComparer.Ordinal);
    }

    /// <summary>Jilin's persons employed by GB/T section from the county census files (persons, not 10k).</summary>
    /// <exception cref="InvalidDataException">A county is missing from one of the two files.</exception>
    public static Dictionary<string, double> JilinBySection(string populationPath, string employmentPath)
    {
        var population = CsvRow.ReadAll(populationPath).ToDictionary(r => r["code"], r => r.Number("resident_population"), StringComparer.Ordinal);
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var row in CsvRow.ReadAll(employmentPath))
        {
            if (!population.TryGetValue(row["code"], out var people))
            {
                throw new InvalidDataException($"{row.File}, row {row.Row}: unit {row["code"]} is not in {Path.GetFileName(populationPath)}.");
            }

            var employed = people * row.Number("employment_ratio_age16plus");
            foreach (var column in row.Columns.Where(c => c.StartsWith("ind_share_", StringComparison.Ordinal)))
            {
                var section = column["ind_share_".Length..][..1];
                result[section] = result.GetValueOrDefault(section) + (employed * row.Number(column));
            }
        }

        return result;
    }

    private static Dictionary<string, double> NationalByDivision(string path, int year, IndustryTaxonomy taxonomy)
    {
        var column = year.ToString(CultureInfo.InvariantCulture);
        var rows = CsvRow.ReadAll(path);
        if (rows.Count > 0 && !rows[0].Columns.Contains(column))
        {
            throw new InvalidDataException($"{Path.GetFileName(path)}: no column for year {column}.");
        }

        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var section in rows.Where(r => r["code"].Length == 1))
        {
            var letter = section["code"];
            var divisions = taxonomy.Codes.Where(c => c.Level == IndustryLevel.Division && c.Section == letter).Select(c => c.Code).ToList();
            var details = rows.Where(r => r["code"].Length == 3 && r["code"].StartsWith(letter, StringComparison.Ordinal) && char.IsAsciiDigit(r["code"][1])).ToList();
            if (details.Count == 0 && divisions.Count == 1)
            {
                result[divisions[0]] = section.Number(column);
                continue;
            }

            if (details.Count != divisions.Count)
            {
                throw new InvalidDataException($"{section.File}, row {section.Row}: section {letter} has {details.Count} detail rows for {divisions.Count} GB/T divisions.");
            }

            for (var k = 0; k < details.Count; k++)
            {
                result[divisions[k]] = details[k].Number(column);
            }
        }

        return result;
    }
}
