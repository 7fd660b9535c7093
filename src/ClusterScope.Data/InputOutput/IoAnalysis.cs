using System.Globalization;
using ClusterScope.Analytics;
using ClusterScope.Analytics.InputOutput;
using ClusterScope.Data.Chains;
using ClusterScope.Data.DefaultData;

namespace ClusterScope.Data.InputOutput;

/// <summary>Input-output analysis on a data set's shipped tables: prepare (and regionalise) a table, multipliers and
/// linkages per sector, scenario impacts. Composes the readers with ClusterScope.Analytics; no maths of its own.</summary>
public static class IoAnalysis
{
    /// <summary>The latest year of the national employment series.</summary>
    public const int LastEmploymentYear = 2018;

    /// <summary>Reads a table and builds its impact model, regionalised to Jilin when asked.</summary>
    /// <remarks>Employment coefficients are national employment (of the table year, or 2018 for later tables) over
    /// national output, and are kept for the region: no Jilin sector output is public, so equal labour productivity is
    /// assumed, and the census employment serves the location quotients (section level, so every manufacturing sector
    /// of a region shares one SLQ). Households buy regionally in proportion min(SLQ_i, 1). The concordance is the one of
    /// <c>io</c> that covers the table (<see cref="SectorConcordance.ForTable"/>: 42 or 153 sectors); a GB/T division that
    /// several of its sectors share is split among them in proportion to their output x in the table
    /// (<see cref="SectorEmployment.National(string, int, SectorConcordance, IndustryTaxonomy, IReadOnlyList{IoSector}, IReadOnlyList{double})"/>).</remarks>
    /// <exception cref="ArgumentException">Unknown table or region, or regionalisation of a table no concordance covers.</exception>
    public static IoSetup Prepare(string datasetFolder, string tableId, IoRegionalisation? regionalisation = null)
    {
        var io = Path.Combine(datasetFolder, "io");
        var table = IoTableCatalogue.Load(io, tableId);
        var taxonomy = IndustryTaxonomy.Load(Path.Combine(datasetFolder, "..", "classification", "gbt4754_2017.csv"));
        var concordance = SectorConcordance.ForTable(io, taxonomy, table.Sectors);
        var a = Leontief.Coefficients(table.Z, table.Output);
        var x = table.Output;
        var employmentYear = Math.Min(table.Year, LastEmploymentYear);
        var employmentFile = Path.Combine(io, "china_employment_by_sector_1990_2018.csv");
        var national = concordance is null ? null : SectorEmployment.National(employmentFile, employmentYear, concordance, taxonomy, table.Sectors, x);
        var jobs = national is null
            ? [.. Enumerable.Repeat(double.NaN, x.Length)]
            : national.Select((e, j) => x[j] == 0 ? 0 : e * 1e4 / x[j]).ToArray();
        var income = table.LabourIncome.Select((w, j) => x[j] == 0 ? 0 : w / x[j]).ToArray();
        var valueAdded = table.TotalValueAdded.Select((v, j) => x[j] == 0 ? 0 : v / x[j]).ToArray();
        var totalIncome = table.LabourIncome.Sum();
        var householdShare = HouseholdShareOfConsumption(io, table);
        var consumption = table.HouseholdConsumption.Select(c => c * householdShare / totalIncome).ToArray();
        var purchased = Enumerable.Repeat(1.0, x.Length).ToArray();
        var description = $"{table.Id} (NBS {table.Year}, {table.Sectors.Count} sectors, {table.Unit}; {table.ImportTreatment})"
            + (householdShare < 1 ? $"; households' share of TC {householdShare.ToString("0.####", CultureInfo.InvariantCulture)} from the {table.Year} competitive table" : string.Empty)
            + (concordance is not null ? $"; employment: national {employmentYear} (Wang, Jia and Wang 2021)" : "; no employment data for this sector list");
        if (regionalisation is not null)
        {
            if (regionalisation.Region != "220000")
            {
                throw new ArgumentException($"--region {regionalisation.Region}: only Jilin (220000) has sector employment in the data set.");
            }

            if (concordance is null || national is null)
            {
                throw new ArgumentException($"Table {table.Id} cannot be regionalised: the sector concordances cover only the 42 sectors of china-2020-42 and the 153 sectors of china-2020-153 (and tables with the same sector codes and Chinese names), not its {table.Sectors.Count} sectors.");
            }

            var stats = Path.Combine(datasetFolder, "stats");
            var jilin = SectorEmployment.JilinBySection(Path.Combine(stats, "jilin_county_census2020_population.csv"), Path.Combine(stats, "jilin_county_census2020_employment.csv"));
            var nationalSections = SectorEmployment.NationalBySection(employmentFile, employmentYear);
            // Each IO sector takes its section's Jilin/national ratio, so its SLQ is the section's (census persons to 10k).
            var regional = table.Sectors.Select((s, j) => concordance.For(s.Code).Sections
                .Sum(section => national[j] * (jilin.GetValueOrDefault(section) / 1e4) / nationalSections[section] / concordance.For(s.Code).Sections.Count)).ToArray();
            var quotients = Regionalisation.Quotients(regional, national, regionalisation.Method, regionalisation.Delta);
            a = Regionalisation.Apply(a, quotients);
            var slq = Regionalisation.SimpleQuotients(regional, national);
            purchased = slq.Select(q => Math.Min(q, 1)).ToArray();
            consumption = consumption.Select((c, i) => c * purchased[i]).ToArray();
            description += $"; regionalised to Jilin (220000) by {regionalisation.Method.ToString().ToUpperInvariant()}"
                + (regionalisation.Method is RegionalisationMethod.Flq or RegionalisationMethod.Aflq ? $", delta {regionalisation.Delta.ToString(CultureInfo.InvariantCulture)}" : string.Empty)
                + $", from census 2020 employment by GB/T section against national {employmentYear} employment; technology, value added, income and jobs per unit as national";
        }

        Leontief.EnsureProductive(a, [.. table.Sectors.Select(s => s.Code)]);
        return new IoSetup(table, new ImpactModel(a, valueAdded, income, jobs, consumption), description, purchased);
    }

    // The 42-sector non-competitive tables publish only TC (households and government); the same year's
    // competitive table splits it, so households' share of domestic consumption is taken from there.
    private static double HouseholdShareOfConsumption(string io, IoTable table)
    {
        if (table.HouseholdColumn != "TC")
        {
            return 1;
        }

        var sibling = IoTableCatalogue.List(io).Where(e => e.Year == table.Year && e.Id != table.Id)
            .Select(e => IoTableCatalogue.Load(io, e.Id)).FirstOrDefault(t => t.HouseholdColumn == "THC")
            ?? throw new InvalidDataException($"Table {table.Id} has only total consumption (TC) and no competitive table of {table.Year} splits it into households and government.");
        var households = sibling.HouseholdConsumption.Sum();
        var government = sibling.FinalUse.Column(sibling.FinalUseCodes.ToList().IndexOf("FU103")).Sum();
        return households / (households + government);
    }

    /// <summary>Multipliers and linkages of every sector; Type I (open model) or Type II (households endogenous).</summary>
    /// <remarks>Output: column sums of L (Type II: of the closed block); value added, income, employment: total over
    /// direct effect. Backward linkage: power of dispersion of L; forward: Ghosh forward index, from
    /// B = diag(x)^-1 A diag(x) with the national x (only relative sizes matter).</remarks>
    /// <exception cref="ArgumentOutOfRangeException">The type is not 1 or 2.</exception>
    public static IReadOnlyList<SectorMultipliers> Multipliers(IoSetup setup, int type)
    {
        ArgumentNullException.ThrowIfNull(setup);
        if (type is not (1 or 2))
        {
            throw new ArgumentOutOfRangeException(nameof(type), type, "--type must be 1 or 2.");
        }

        var m = setup.Model;
        var l = type == 1 ? setup.L : HouseholdClosure.TotalRequirements(m.A, m.Income, m.HouseholdConsumption);
        var output = Analytics.InputOutput.Multipliers.Output(l);
        var va = Analytics.InputOutput.Multipliers.TypeI(m.ValueAdded, l);
        var income = Analytics.InputOutput.Multipliers.TypeI(m.Income, l);
        var jobs = m.Employment.Any(double.IsNaN) ? [.. Enumerable.Repeat(double.NaN, output.Length)] : Analytics.InputOutput.Multipliers.TypeI(m.Employment, l);
        var backward = Linkages.PowerOfDispersion(setup.L);
        var forward = Linkages.GhoshForwardIndex(Ghosh.Inverse(Allocation(setup)));
        var roles = Linkages.Classify(backward, forward);
        return [.. setup.Table.Sectors.Select((s, j) => new SectorMultipliers(s, output[j], va[j], income[j], jobs[j], backward[j], forward[j], roles[j]))];
    }

    /// <summary>Reads a shock file <c>sector,value</c> (the table's sectors, values in its unit) into a final-demand vector.</summary>
    /// <exception cref="InvalidDataException">Names the file, row and field of an unknown sector, a repeated sector or a non-number.</exception>
    public static double[] ReadShock(string path, IoTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var rows = CsvRow.ReadAll(path);
        if (rows.Count == 0 || !rows[0].Columns.Contains("sector") || !rows[0].Columns.Contains("value"))
        {
            throw new InvalidDataException($"{Path.GetFileName(path)}: line 1: expected the columns sector,value.");
        }

        var shock = new double[table.Sectors.Count];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var code = row["sector"];
            var index = table.Sectors.ToList().FindIndex(s => s.Code == code);
            if (index < 0)
            {
                throw new InvalidDataException($"{row.File}, row {row.Row}, field sector: table {table.Id} has no sector '{code}'.");
            }

            if (!seen.Add(code))
            {
                throw new InvalidDataException($"{row.File}, row {row.Row}, field sector: sector '{code}' appears twice.");
            }

            shock[index] = row.Number("value");
        }

        return shock;
    }

    /// <summary>B = diag(x)^-1 A diag(x) with the table's x: the allocation coefficients of the (regionalised) coefficients.</summary>
    public static Matrix Allocation(IoSetup setup)
    {
        ArgumentNullException.ThrowIfNull(setup);
        var x = setup.Table.Output;
        var z = setup.Model.A.Clone();
        for (var i = 0; i < z.Rows; i++)
        {
            System.Numerics.Tensors.TensorPrimitives.Multiply(z.RowSpan(i), x, z.RowSpan(i));
        }

        return Ghosh.Allocation(z, x);
    }
}
