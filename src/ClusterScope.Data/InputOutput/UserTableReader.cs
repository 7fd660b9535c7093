using System.Globalization;
using ClusterScope.Analytics;
using ClusterScope.Data.DefaultData;

namespace ClusterScope.Data.InputOutput;

/// <summary>Reads a user's table from long CSV files, the layout pymrio's long exports use.</summary>
/// <remarks>Z: <c>row_region,row_sector,col_region,col_sector,value</c>; Y: <c>row_region,row_sector,col_region,col_category,value</c>;
/// F: <c>extension,stressor,col_region,col_sector,value</c>. A single-region table uses one region name throughout.
/// Missing cells are 0; a repeated cell, a negative intermediate flow, a sector in Y or F that Z lacks, a Z whose
/// selling and buying sectors differ, or regions with different sector lists are refused naming file, row and sector.</remarks>
public static class UserTableReader
{
    private static readonly string[] ZColumns = ["row_region", "row_sector", "col_region", "col_sector", "value"];
    private static readonly string[] YColumns = ["row_region", "row_sector", "col_region", "col_category", "value"];
    private static readonly string[] FColumns = ["extension", "stressor", "col_region", "col_sector", "value"];

    /// <summary>Reads Z, Y and optionally F.</summary>
    /// <exception cref="InvalidDataException">A bad file, row or sector, named in the message.</exception>
    public static UserTable Read(string zPath, string yPath, string? fPath)
    {
        var zRows = Rows(zPath, ZColumns);
        var regions = new List<string>();
        var sectors = new List<string>();
        foreach (var row in zRows)
        {
            Add(regions, row["row_region"]);
            Add(sectors, row["row_sector"]);
        }

        foreach (var row in zRows)
        {
            if (!regions.Contains(row["col_region"]) || !sectors.Contains(row["col_sector"]))
            {
                throw new InvalidDataException($"{row.File}, row {row.Row}: Z is not square: column {row["col_region"]}/{row["col_sector"]} is never a row of Z.");
            }
        }

        var present = zRows.Select(r => (r["row_region"], r["row_sector"])).ToHashSet();
        foreach (var region in regions)
        {
            foreach (var sector in sectors.Where(s => !present.Contains((region, s))))
            {
                throw new InvalidDataException($"{Path.GetFileName(zPath)}: Z is not square: region {region} has no row for sector {sector} (every region needs the same sectors).");
            }
        }

        var n = regions.Count * sectors.Count;
        int Index(CsvRow row, string regionColumn, string sectorColumn, string what)
        {
            var r = regions.IndexOf(row[regionColumn]);
            var s = sectors.IndexOf(row[sectorColumn]);
            return r < 0 || s < 0
                ? throw new InvalidDataException($"{row.File}, row {row.Row}: {what} {row[regionColumn]}/{row[sectorColumn]} is not a sector of Z.")
                : (r * sectors.Count) + s;
        }

        var z = new Matrix(n, n);
        var filled = new HashSet<(int, int)>();
        foreach (var row in zRows)
        {
            var (i, j) = (Index(row, "row_region", "row_sector", "sector"), Index(row, "col_region", "col_sector", "sector"));
            var value = row.Number("value");
            if (value < 0)
            {
                throw new InvalidDataException($"{row.File}, row {row.Row}, field value: negative intermediate flow {value.ToString(CultureInfo.InvariantCulture)} from {row["row_region"]}/{row["row_sector"]} to {row["col_region"]}/{row["col_sector"]}.");
            }

            z[i, j] = Once(filled, (i, j), row, value);
        }

        var yRows = Rows(yPath, YColumns);
        var categories = new List<(string, string)>();
        foreach (var row in yRows)
        {
            Add(categories, (row["col_region"], row["col_category"]));
        }

        var y = new Matrix(n, categories.Count);
        filled.Clear();
        foreach (var row in yRows)
        {
            var i = Index(row, "row_region", "row_sector", "final-demand row");
            y[i, categories.IndexOf((row["col_region"], row["col_category"]))] = Once(filled, (i, categories.IndexOf((row["col_region"], row["col_category"]))), row, row.Number("value"));
        }

        var extensions = new List<UserExtension>();
        if (fPath is not null)
        {
            var fRows = Rows(fPath, FColumns);
            foreach (var group in fRows.GroupBy(r => r["extension"]))
            {
                var stressors = group.Select(r => r["stressor"]).Distinct().ToList();
                var f = new Matrix(stressors.Count, n);
                filled.Clear();
                foreach (var row in group)
                {
                    var j = Index(row, "col_region", "col_sector", "extension column");
                    f[stressors.IndexOf(row["stressor"]), j] = Once(filled, (stressors.IndexOf(row["stressor"]), j), row, row.Number("value"));
                }

                extensions.Add(new UserExtension(group.Key, stressors, f));
            }
        }

        var table = new UserTable(regions, sectors, z, categories, y, extensions);
        var x = table.Output();
        for (var j = 0; j < n; j++)
        {
            if (x[j] == 0 && Enumerable.Range(0, n).Any(i => z[i, j] != 0))
            {
                var (region, sector) = table.Label(j);
                throw new InvalidDataException($"{Path.GetFileName(zPath)}: sector {region}/{sector} has zero total output (Z row plus Y row) but buys intermediate inputs.");
            }
        }

        return table;
    }

    private static List<CsvRow> Rows(string path, string[] columns)
    {
        var rows = CsvRow.ReadAll(path);
        var missing = rows.Count == 0 ? columns : columns.Except(rows[0].Columns).ToArray();
        return missing.Length > 0
            ? throw new InvalidDataException($"{Path.GetFileName(path)}: line 1: expected the columns {string.Join(",", columns)}; missing {string.Join(", ", missing)}.")
            : rows;
    }

    private static double Once(HashSet<(int, int)> filled, (int, int) cell, CsvRow row, double value) =>
        filled.Add(cell) ? value : throw new InvalidDataException($"{row.File}, row {row.Row}: the same cell appears twice.");

    private static void Add<T>(List<T> list, T item)
    {
        if (!list.Contains(item))
        {
            list.Add(item);
        }
    }
}
