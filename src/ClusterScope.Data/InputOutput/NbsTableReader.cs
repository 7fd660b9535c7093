using System.Globalization;
using ClusterScope.Analytics;
using ClusterScope.Data.DefaultData;

namespace ClusterScope.Data.InputOutput;

/// <summary>Reads the NBS national input-output tables of <c>data/jilin/io/</c> (ionet's CSV export) as domestic-flow tables.</summary>
/// <remarks>Two layouts (see data/jilin/io/PROVENANCE.md). Non-competitive-import tables (2017, 2018, 2020 with 42
/// sectors) carry a Domestic and an Imports block: the Domestic block is used as it is. Competitive-import tables mix
/// domestic and imported goods in one block: domestic flows are derived by the proportional import assumption (Miller
/// and Blair 2009, section 2.7; the standard treatment of China's competitive tables), every use of product i except
/// exports scaled by 1 - m_i with m_i = IM_i / (TIU_i + final use_i - EX_i); a share outside [0, 1] (2002, 2005, where
/// re-exports and the balancing item ERR exceed domestic use) is clamped and named in
/// <see cref="IoTable.ImportTreatment"/>. Household consumption is THC (FU101 + FU102) in competitive tables; the
/// 42-sector non-competitive tables publish only TC, total consumption including government, which is used instead.</remarks>
public static class NbsTableReader
{
    private static readonly string[] ValueAddedRows = ["VA001", "VA002", "VA003", "VA004"];
    private static readonly string[] NonCompetitiveFinalUse = ["TC", "FU201", "FU202", "EX"];
    private static readonly string[] CompetitiveFinalUse = ["FU101", "FU102", "FU103", "FU201", "FU202", "EX"];

    /// <summary>Reads one table file; a missing row or column, a non-number or a negative intermediate flow fails naming file, row and column.</summary>
    /// <exception cref="InvalidDataException">The file is not an NBS table in either layout.</exception>
    public static IoTable Read(string path, string id, int year)
    {
        var rows = CsvRow.ReadAll(path);
        var file = Path.GetFileName(path);
        if (rows.Count == 0)
        {
            throw new InvalidDataException($"{file}: no rows.");
        }

        var header = rows[0].Columns.ToList();
        var tiu = header.IndexOf("TIU");
        if (tiu < 0 || !header.Contains("code") || !header.Contains("GO"))
        {
            throw new InvalidDataException($"{file}: line 1: expected the columns code, label_en, label_zh, the sector codes, TIU ... GO.");
        }

        var nonCompetitive = header.Contains("origin");
        var codes = header.Skip(nonCompetitive ? 4 : 3).Take(tiu - (nonCompetitive ? 4 : 3)).ToArray();
        var sectorRows = codes.Select(c => FindRow(rows, file, c, nonCompetitive ? "Domestic" : null)).ToArray();
        var n = codes.Length;
        var sectors = sectorRows.Select(r => new IoSector(r["code"], r["label_en"], r["label_zh"])).ToList();
        var z = new Matrix(n, n);
        var output = new double[n];
        for (var i = 0; i < n; i++)
        {
            output[i] = sectorRows[i].Number("GO");
            for (var j = 0; j < n; j++)
            {
                var value = sectorRows[i].Number(codes[j]);
                if (value < 0)
                {
                    throw new InvalidDataException($"{file}, row {sectorRows[i].Row} (sector {codes[i]}), column '{codes[j]}': negative intermediate flow {value.ToString(CultureInfo.InvariantCulture)}.");
                }

                z[i, j] = value;
            }
        }

        var valueAdded = new Matrix(ValueAddedRows.Length, n);
        for (var k = 0; k < ValueAddedRows.Length; k++)
        {
            var row = FindRow(rows, file, ValueAddedRows[k], null);
            for (var j = 0; j < n; j++)
            {
                valueAdded[k, j] = row.Number(codes[j]);
            }
        }

        return nonCompetitive
            ? NonCompetitive(rows, file, id, year, codes, sectors, sectorRows, z, valueAdded, output)
            : Competitive(file, id, year, sectors, sectorRows, z, valueAdded, output);
    }

    private static IoTable NonCompetitive(List<CsvRow> rows, string file, string id, int year, string[] codes, List<IoSector> sectors,
        CsvRow[] domestic, Matrix z, Matrix valueAdded, double[] output)
    {
        var n = codes.Length;
        var finalUse = new Matrix(n, NonCompetitiveFinalUse.Length);
        var imports = new double[n];
        for (var i = 0; i < n; i++)
        {
            for (var c = 0; c < NonCompetitiveFinalUse.Length; c++)
            {
                finalUse[i, c] = domestic[i].Number(NonCompetitiveFinalUse[c]);
            }

            var imported = FindRow(rows, file, codes[i], "Imports");
            imports[i] = imported.Number("TIU") + imported.Number("TFU");
        }

        return new IoTable(id, year, "10k CNY", sectors, z, NonCompetitiveFinalUse, finalUse, imports, ValueAddedRows, valueAdded, output, "TC",
            "non-competitive-import table: the Domestic block is used as published; household consumption is TC (total consumption, government included: the 42-sector table does not split it), scaled by analyses to households' share");
    }

    private static IoTable Competitive(string file, string id, int year, List<IoSector> sectors, CsvRow[] rows, Matrix z,
        Matrix valueAdded, double[] output)
    {
        var n = sectors.Count;
        var hasErr = rows[0].Columns.Contains("ERR");
        string[] kept = hasErr ? ["THC", "FU103", "FU201", "FU202", "EX", "ERR"] : ["THC", "FU103", "FU201", "FU202", "EX"];
        var finalUse = new Matrix(n, kept.Length);
        var imports = new double[n];
        var clamped = new List<string>();
        for (var i = 0; i < n; i++)
        {
            var use = CompetitiveFinalUse.Select(c => rows[i].Number(c)).ToArray();
            imports[i] = rows[i].Number("IM");
            var exports = use[5];
            var domesticUse = rows[i].Number("TIU") + use.Sum() - exports;
            var share = domesticUse > 0 ? imports[i] / domesticUse : 0;
            if (share is < 0 or > 1)
            {
                clamped.Add($"{sectors[i].Code} ({share.ToString("0.###", CultureInfo.InvariantCulture)})");
                share = Math.Clamp(share, 0, 1);
            }

            var keep = 1 - share;
            for (var j = 0; j < n; j++)
            {
                z[i, j] *= keep;
            }

            finalUse[i, 0] = (use[0] + use[1]) * keep;
            finalUse[i, 1] = use[2] * keep;
            finalUse[i, 2] = use[3] * keep;
            finalUse[i, 3] = use[4] * keep;
            finalUse[i, 4] = exports;
            if (hasErr)
            {
                finalUse[i, 5] = rows[i].Number("ERR");
            }
        }

        var treatment = "competitive-import table: domestic flows derived by the proportional import assumption (each use but exports scaled by 1 - IM / (TIU + final use - EX))"
            + (clamped.Count == 0 ? string.Empty : $"; import share clamped to [0, 1] for sectors {string.Join(", ", clamped)}");
        return new IoTable(id, year, "10k CNY", sectors, z, kept, finalUse, imports, ValueAddedRows, valueAdded, output, "THC", treatment);
    }

    private static CsvRow FindRow(List<CsvRow> rows, string file, string code, string? origin) =>
        rows.FirstOrDefault(r => r["code"] == code && (origin is null || r["origin"] == origin))
        ?? throw new InvalidDataException($"{file}: no row with code '{code}'{(origin is null ? string.Empty : $" and origin {origin}")}.");
}
