using ClusterScope.Analytics;

namespace ClusterScope.Data.InputOutput;

/// <summary>A single-region input-output table in domestic flows: what the analytics need, with where it came from.</summary>
/// <param name="Id">Catalogue id, e.g. <c>china-2020-42</c>.</param>
/// <param name="Year">The table year.</param>
/// <param name="Unit">The unit of every flow (e.g. 10k CNY).</param>
/// <param name="Sectors">Sectors in table order.</param>
/// <param name="Z">Domestic intermediate flows (rows selling, columns buying).</param>
/// <param name="FinalUseCodes">The final-use columns kept (basic columns only, no subtotals), e.g. TC, FU201, FU202, EX.</param>
/// <param name="FinalUse">Domestic final use by product (n x final-use columns).</param>
/// <param name="Imports">Imports of each product.</param>
/// <param name="ValueAddedCodes">Value-added rows (VA001 compensation of employees, VA002 net taxes, VA003 depreciation, VA004 operating surplus).</param>
/// <param name="ValueAdded">Value added by row and sector.</param>
/// <param name="Output">Total output x of each sector.</param>
/// <param name="HouseholdColumn">The final-use column used as household consumption for Type II models.</param>
/// <param name="ImportTreatment">How domestic flows were obtained: read from a non-competitive table, or derived by the proportional import assumption.</param>
public sealed record IoTable(
    string Id, int Year, string Unit, IReadOnlyList<IoSector> Sectors, Matrix Z,
    IReadOnlyList<string> FinalUseCodes, Matrix FinalUse, double[] Imports,
    IReadOnlyList<string> ValueAddedCodes, Matrix ValueAdded, double[] Output,
    string HouseholdColumn, string ImportTreatment)
{
    /// <summary>Compensation of employees per sector (the VA001 row), used as labour income.</summary>
    public double[] LabourIncome => ValueAdded.Row(IndexOf(ValueAddedCodes, "VA001", "value-added row")).ToArray();

    /// <summary>Total value added per sector.</summary>
    public double[] TotalValueAdded => ValueAdded.ColumnSums();

    /// <summary>Domestic final use summed over the final-use columns.</summary>
    public double[] TotalFinalUse => FinalUse.RowSums();

    /// <summary>The household consumption column.</summary>
    public double[] HouseholdConsumption => FinalUse.Column(IndexOf(FinalUseCodes, HouseholdColumn, "final-use column"));

    /// <summary>The index of a sector by code.</summary>
    /// <exception cref="ArgumentException">The table has no such sector.</exception>
    public int SectorIndex(string code)
    {
        for (var i = 0; i < Sectors.Count; i++)
        {
            if (Sectors[i].Code == code)
            {
                return i;
            }
        }

        throw new ArgumentException($"Table {Id} has no sector '{code}' (sectors {Sectors[0].Code}..{Sectors[^1].Code}).");
    }

    private int IndexOf(IReadOnlyList<string> codes, string code, string what)
    {
        for (var i = 0; i < codes.Count; i++)
        {
            if (codes[i] == code)
            {
                return i;
            }
        }

        throw new InvalidOperationException($"Table {Id} has no {what} {code}.");
    }
}
