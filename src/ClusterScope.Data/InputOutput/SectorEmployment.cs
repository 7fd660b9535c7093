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
    /// <summary>National employment (10k persons) of one year by IO sector, for a concordance in which no two of the
    /// sectors share a division (the 42-sector one).</summary>
    /// <exception cref="ArgumentException">Two sectors share a division: give their output to split it.</exception>
    /// <exception cref="InvalidDataException">A section's detail rows do not match its divisions, or the year is missing.</exception>
    public static double[] National(string path, int year, SectorConcordance concordance, IndustryTaxonomy taxonomy, IReadOnlyList<IoSector> sectors) =>
        National(path, year, concordance, taxonomy, sectors, null);

    /// <summary>National employment (10k persons) of one year by IO sector, sharing out divisions that several sectors share.</summary>
    /// <remarks>A division in one sector's row goes wholly to it. A division that several of the sectors share (the
    /// 153-sector concordance, e.g. 36 in 079 automobiles and 080 auto parts) is split among them in proportion to their
    /// total output x in the table: sector j gets E_d x_j / Σ_k x_k over the sectors k sharing d (equal parts if they all
    /// have zero output), so no division is counted twice and the sectors add up to the national total. A sector in
    /// several divisions adds its part of each.</remarks>
    /// <param name="path">The national employment file.</param>
    /// <param name="year">The year (a column of the file).</param>
    /// <param name="concordance">A concordance covering <paramref name="sectors"/>.</param>
    /// <param name="taxonomy">GB/T 4754-2017.</param>
    /// <param name="sectors">The table's sectors.</param>
    /// <param name="output">The table's total output x per sector; may be null only if no division is shared.</param>
    /// <exception cref="ArgumentException">A division is shared and no output is given, or the output has the wrong length.</exception>
    /// <exception cref="InvalidDataException">A section's detail rows do not match its divisions, or the year is missing.</exception>
    public static double[] National(string path, int year, SectorConcordance concordance, IndustryTaxonomy taxonomy, IReadOnlyList<IoSector> sectors, IReadOnlyList<double>? output)
    {
        ArgumentNullException.ThrowIfNull(concordance);
        ArgumentNullException.ThrowIfNull(taxonomy);
        ArgumentNullException.ThrowIfNull(sectors);
        if (output is not null && output.Count != sectors.Count)
        {
            throw new ArgumentException($"The output has {output.Count} values for {sectors.Count} sectors.", nameof(output));
        }

        var byDivision = NationalByDivision(path, year, taxonomy);
        var rows = sectors.Select(s => concordance.For(s.Code)).ToList();
        var sharing = rows.SelectMany((r, j) => r.Divisions.Select(d => (Division: d, Sector: j)))
            .GroupBy(p => p.Division, p => p.Sector, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Distinct().ToList(), StringComparer.Ordinal);
        var result = new double[sectors.Count];
        foreach (var (division, members) in sharing)
        {
            var employment = byDivision.GetValueOrDefault(division);
            if (members.Count == 1)
            {
                result[members[0]] += employment;
                continue;
            }

            if (output is null)
            {
                throw new ArgumentException($"Division {division} is shared by the sectors {string.Join(", ", members.Select(j => sectors[j].Code))}: give the table's output to split it.", nameof(output));
            }

            var total = members.Sum(j => output[j]);
            foreach (var j in members)
            {
                result[j] += total > 0 ? employment * output[j] / total : employment / members.Count;
            }
        }

        return result;
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
