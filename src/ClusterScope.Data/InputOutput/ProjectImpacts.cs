using ClusterScope.Analytics.InputOutput;
using ClusterScope.Data.Chains;
using ClusterScope.Domain.Chains;
using Microsoft.Extensions.Configuration;

namespace ClusterScope.Data.InputOutput;

/// <summary>
/// The expected impact of an investment project (a lead) through the regionalised input-output table: the construction
/// phase as final demand for capital goods, the operating phase as one year of new output of the project's sector
/// (<see cref="Impacts.OfInvestment"/>, Miller and Blair 2009, sections 6.2 and 13.1), Type II (households endogenous).
/// </summary>
/// <remarks>
/// Investment is spread over products in the proportions of the table's own gross fixed capital formation column (FU201),
/// and only the region's share of each product is demanded in the region (min(SLQ, 1), as households buy); the rest
/// leaks to other regions. The project's sector is the IO sector whose GB/T divisions hold its industry code (the
/// concordance covering the table, <see cref="SectorConcordance.ForTable"/>; with the 153-sector one, the first of the
/// sectors sharing the division). The table, method and delta are settings (<c>InputOutput:Projects:*</c>).
/// </remarks>
public sealed class ProjectImpacts
{
    private const double TenThousandPerHundredMillion = 1e4;
    private readonly Lazy<(IoSetup Setup, SectorConcordance? Concordance)?> _prepared;
    private readonly IoWorkbench workbench;

    /// <summary>Reads the settings; the table is prepared on first use, through the workbench that also serves the page.</summary>
    public ProjectImpacts(IConfiguration configuration, IoWorkbench workbench)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(workbench);
        this.workbench = workbench;
        TableId = configuration["InputOutput:Projects:Table"] ?? "china-2020-42";
        var method = configuration["InputOutput:Projects:Method"] ?? "flq";
        var delta = configuration["InputOutput:Projects:Delta"] ?? "0.3";
        if (!double.TryParse(delta, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var d) || d is < 0 or >= 1)
        {
            throw new InvalidOperationException($"Setting InputOutput:Projects:Delta is '{delta}': give a number from 0 up to (not including) 1, e.g. 0.3.");
        }

        Regionalisation = method.Equals("none", StringComparison.OrdinalIgnoreCase) ? null
            : Enum.TryParse<RegionalisationMethod>(method, ignoreCase: true, out var m) ? new IoRegionalisation("220000", m, d)
            : throw new InvalidOperationException($"Setting InputOutput:Projects:Method is '{method}': give slq, cilq, flq, aflq or none.");
        _prepared = new Lazy<(IoSetup, SectorConcordance?)?>(Prepare);
    }

    /// <summary>The table used, e.g. <c>china-2020-42</c>.</summary>
    public string TableId { get; }

    /// <summary>How the table is regionalised to Jilin; null for the national table.</summary>
    public IoRegionalisation? Regionalisation { get; }

    /// <summary>Whether a table is loaded (the data set's <c>io</c> folder is beside the program).</summary>
    public bool HasTable => _prepared.Value is not null;

    /// <summary>The impact of a project, or null when no table is loaded.</summary>
    /// <param name="investment">Expected investment, 100m CNY (亿元); null or 0 skips the construction phase.</param>
    /// <param name="output">Expected yearly output, 100m CNY; null or 0 skips the operating phase.</param>
    /// <param name="industryCode">The project's GB/T 4754-2017 code (a letter is allowed: C3670), for the operating phase.</param>
    public ProjectImpact? Estimate(double? investment, double? output, string? industryCode)
    {
        if (_prepared.Value is not var (setup, concordance))
        {
            return null;
        }

        var table = setup.Table;
        PhaseImpact? construction = null;
        if (investment is > 0 and var spent)
        {
            construction = Phase(Impacts.OfFinalDemand(setup.Model, ConstructionDemand(setup, spent * TenThousandPerHundredMillion)), table);
        }

        var digits = ChainPlacement.Digits(industryCode);
        var row = digits is { Length: >= 2 } ? concordance?.Rows.FirstOrDefault(r => r.Divisions.Contains(digits[..2])) : null;
        var sector = row is null ? null : table.Sectors.FirstOrDefault(s => s.Code == row.Sector);
        PhaseImpact? operation = null;
        if (output is > 0 and var sales && sector is not null)
        {
            operation = Phase(Impacts.OfOutputChange(setup.Model, table.SectorIndex(sector.Code), sales * TenThousandPerHundredMillion), table);
        }

        return new ProjectImpact(setup.Description, sector, digits, construction, operation);
    }

    /// <summary>The construction phase's final demand for an investment (in the table's unit): spread over products as the
    /// table's gross fixed capital formation (FU201) is, times the share the region supplies of each (1 on a national table).</summary>
    /// <exception cref="InvalidDataException">The table has no FU201 column or it sums to zero.</exception>
    public static double[] ConstructionDemand(IoSetup setup, double investment)
    {
        ArgumentNullException.ThrowIfNull(setup);
        var table = setup.Table;
        var capital = table.FinalUse.Column(IndexOf(table.FinalUseCodes, "FU201"));
        var total = capital.Sum();
        return total > 0
            ? [.. capital.Select((c, i) => investment * c / total * setup.RegionalPurchase[i])]
            : throw new InvalidDataException($"Table {table.Id}: gross fixed capital formation (FU201) sums to {total}; investment cannot be spread over products.");
    }

    private (IoSetup, SectorConcordance?)? Prepare()
    {
        if (workbench.DatasetFolder is not { } folder)
        {
            return null;
        }

        var setup = workbench.Setup(TableId, Regionalisation);
        var taxonomy = IndustryTaxonomy.Load(Path.Combine(folder, "..", "classification", "gbt4754_2017.csv"));
        return (setup, SectorConcordance.ForTable(Path.Combine(folder, "io"), taxonomy, setup.Table.Sectors));
    }

    private static PhaseImpact Phase(Impact impact, IoTable table)
    {
        // Money in the table's 10k CNY back to 100m CNY; jobs are persons already.
        static ImpactTotals Money(ImpactComponents c) => new(c.Direct.Sum() / 1e4, c.Indirect.Sum() / 1e4, c.Induced.Sum() / 1e4);
        var top = impact.Output.Total.Select((v, i) => (Sector: table.Sectors[i], Output: v / 1e4)).OrderByDescending(t => t.Output).Take(5).ToList();
        return new PhaseImpact(Money(impact.Output), Money(impact.ValueAdded), Money(impact.Income),
            new ImpactTotals(impact.Employment.Direct.Sum(), impact.Employment.Indirect.Sum(), impact.Employment.Induced.Sum()), top);
    }

    private static int IndexOf(IReadOnlyList<string> codes, string code) =>
        codes.ToList().IndexOf(code) is >= 0 and var i ? i : throw new InvalidDataException($"The table has no final-use column {code}.");
}

/// <summary>A project's expected impact through the table.</summary>
/// <param name="Description">The table, import treatment, regionalisation and data years, shown beside the figures.</param>
/// <param name="Sector">The IO sector of the operating phase, or null when the project's industry code maps to none.</param>
/// <param name="IndustryCode">The GB/T code the sector was found from (digits only), or null.</param>
/// <param name="Construction">The construction phase, or null without an expected investment.</param>
/// <param name="Operation">One operating year, or null without an expected output or a sector.</param>
public sealed record ProjectImpact(string Description, IoSector? Sector, string? IndustryCode, PhaseImpact? Construction, PhaseImpact? Operation);

/// <summary>One phase's totals over all sectors: output, value added and labour income in 100m CNY, jobs in persons.</summary>
/// <param name="Output">Gross output.</param>
/// <param name="ValueAdded">Value added.</param>
/// <param name="Income">Labour income.</param>
/// <param name="Jobs">Jobs (person-years).</param>
/// <param name="TopSectors">The five sectors whose output rises most, in 100m CNY.</param>
public sealed record PhaseImpact(ImpactTotals Output, ImpactTotals ValueAdded, ImpactTotals Income, ImpactTotals Jobs,
    IReadOnlyList<(IoSector Sector, double Output)> TopSectors);

/// <summary>A total split into its direct, indirect and induced parts.</summary>
/// <param name="Direct">The project's own spending or output.</param>
/// <param name="Indirect">Through suppliers' purchases.</param>
/// <param name="Induced">Through households' spending of the income earned.</param>
public sealed record ImpactTotals(double Direct, double Indirect, double Induced)
{
    /// <summary>Direct + indirect + induced.</summary>
    public double Total => Direct + Indirect + Induced;
}
