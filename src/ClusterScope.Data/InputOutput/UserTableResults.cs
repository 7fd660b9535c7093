using System.Globalization;
using System.Text;
using ClusterScope.Analytics;
using ClusterScope.Analytics.InputOutput;

namespace ClusterScope.Data.InputOutput;

/// <summary>What pymrio's <c>calc_all(include_ghosh=True)</c> gives for a user table, kept in memory and written as long CSV.</summary>
/// <remarks>x, A, L, B, G and, per extension, S, M, M_down and the accounts D_cba, D_pba, D_imp, D_exp (per sector and
/// per region), computed with <see cref="Leontief"/>, <see cref="Ghosh"/>, <see cref="Stressors"/> and
/// <see cref="Footprints"/>; the productivity of A is checked first.</remarks>
public sealed class UserTableResults
{
    private readonly List<(string File, string[] Header, List<string[]> Rows)> _files = [];

    private UserTableResults()
    {
    }

    /// <summary>The files that <see cref="WriteAsync"/> writes, by name.</summary>
    public IEnumerable<string> FileNames => _files.Select(f => f.File);

    /// <summary>Computes everything for the table.</summary>
    /// <exception cref="ArgumentException">A is not productive (names the sector).</exception>
    public static UserTableResults Compute(UserTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var n = table.Z.Rows;
        var labels = Enumerable.Range(0, n).Select(table.Label).ToArray();
        var x = table.Output();
        var a = Leontief.Coefficients(table.Z, x);
        Leontief.EnsureProductive(a, [.. labels.Select(l => $"{l.Region}/{l.Sector}")]);
        var l = Leontief.TotalRequirements(a);
        var b = Ghosh.Allocation(table.Z, x);
        var g = Ghosh.Inverse(b);
        var results = new UserTableResults();
        results.Add("x.csv", ["region", "sector", "indout"], labels.Select((k, i) => new[] { k.Region, k.Sector, Number(x[i]) }));
        foreach (var (name, m) in new[] { ("A", a), ("L", l), ("B", b), ("G", g) })
        {
            results.Add($"{name}.csv", ["row_region", "row_sector", "col_region", "col_sector", "value"],
                from i in Enumerable.Range(0, n) from j in Enumerable.Range(0, n) select new[] { labels[i].Region, labels[i].Sector, labels[j].Region, labels[j].Sector, Number(m[i, j]) });
        }

        var byRegion = table.FinalDemandByRegion();
        foreach (var extension in table.Extensions)
        {
            var s = Stressors.Coefficients(extension.F, x);
            var accounts = Footprints.Compute(s, l, byRegion);
            var bySector = new[]
            {
                ("S", s), ("M", Stressors.Multipliers(s, a)), ("M_down", Stressors.DownstreamMultipliers(s, g)),
                ("D_cba", accounts.ConsumptionBased), ("D_pba", accounts.ProductionBased), ("D_imp", accounts.ImportsEmbodied), ("D_exp", accounts.ExportsEmbodied),
            };
            foreach (var (name, m) in bySector)
            {
                results.Add($"{extension.Name}_{name}.csv", ["stressor", "col_region", "col_sector", "value"],
                    from k in Enumerable.Range(0, m.Rows) from j in Enumerable.Range(0, n) select new[] { extension.Stressors[k], labels[j].Region, labels[j].Sector, Number(m[k, j]) });
            }

            var regional = new[]
            {
                ("D_cba_reg", accounts.ConsumptionBasedByRegion), ("D_pba_reg", accounts.ProductionBasedByRegion),
                ("D_imp_reg", accounts.ImportsEmbodiedByRegion), ("D_exp_reg", accounts.ExportsEmbodiedByRegion),
            };
            foreach (var (name, m) in regional)
            {
                results.Add($"{extension.Name}_{name}.csv", ["stressor", "col_region", "value"],
                    from k in Enumerable.Range(0, m.Rows) from r in Enumerable.Range(0, m.Columns) select new[] { extension.Stressors[k], table.Regions[r], Number(m[k, r]) });
            }
        }

        return results;
    }

    /// <summary>Writes every file into the folder (created if needed), each written aside and moved into place.</summary>
    public async Task WriteAsync(string folder, CancellationToken ct = default)
    {
        Directory.CreateDirectory(folder);
        foreach (var (file, header, rows) in _files)
        {
            var target = Path.Combine(folder, file);
            var temporary = target + ".partial";
            await using (var writer = new StreamWriter(temporary, false, new UTF8Encoding(false)))
            {
                await writer.WriteLineAsync(string.Join(',', header).AsMemory(), ct);
                foreach (var row in rows)
                {
                    await writer.WriteLineAsync(string.Join(',', row.Select(Quote)).AsMemory(), ct);
                }
            }

            File.Move(temporary, target, overwrite: true);
        }
    }

    private static string Quote(string cell) => cell.AsSpan().IndexOfAny(",\"\n") >= 0 ? $"\"{cell.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : cell;

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private void Add(string file, string[] header, IEnumerable<string[]> rows) => _files.Add((file, header, rows.ToList()));
}
