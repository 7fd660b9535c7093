using System.Globalization;
using ClusterScope.Analytics;

namespace ClusterScope.Analytics.Tests;

/// <summary>A CSV file of the reference set (inputs or a peer package's output), read as text cells with numeric access.</summary>
/// <remarks>Files live under <c>Reference/&lt;case&gt;/</c>, copied from the shared reference set; NA, NaN and empty read as NaN.</remarks>
public sealed class ReferenceTable
{
    private ReferenceTable(string path, string[] header, List<string[]> rows)
    {
        Path = path;
        Header = header;
        Rows = rows;
    }

    public string Path { get; }

    public string[] Header { get; }

    public IReadOnlyList<string[]> Rows { get; }

    /// <summary>Reads <c>Reference/{relativePath}</c>, e.g. <c>01_lq_rca/inputs/matrix.csv</c>.</summary>
    public static ReferenceTable Load(string relativePath)
    {
        var path = System.IO.Path.Combine(AppContext.BaseDirectory, "Reference", relativePath);
        var lines = File.ReadAllLines(path).Where(l => l.Length > 0).ToArray();
        var header = Split(lines[0]);
        var rows = lines.Skip(1).Select(Split).ToList();
        return new ReferenceTable(path, header, rows);
    }

    public int ColumnIndex(string name)
    {
        var index = Array.IndexOf(Header, name);
        return index >= 0 ? index : throw new KeyNotFoundException($"{Path}: no column '{name}' (has {string.Join(",", Header)}).");
    }

    public string[] Text(string column)
    {
        var index = ColumnIndex(column);
        return Rows.Select(r => r[index]).ToArray();
    }

    public double[] Numbers(string column)
    {
        var index = ColumnIndex(column);
        return Rows.Select(r => ParseNumber(r[index])).ToArray();
    }

    /// <summary>The numeric block of a wide file (first column = row labels, remaining columns = values).</summary>
    public Matrix ToMatrix()
    {
        var m = new Matrix(Rows.Count, Header.Length - 1);
        for (var r = 0; r < Rows.Count; r++)
        {
            for (var c = 1; c < Header.Length; c++)
            {
                m[r, c - 1] = ParseNumber(Rows[r][c]);
            }
        }

        return m;
    }

    public static double ParseNumber(string text) =>
        text is "" or "NA" or "NaN" or "nan" ? double.NaN
        : text is "Inf" or "inf" ? double.PositiveInfinity
        : text is "-Inf" or "-inf" ? double.NegativeInfinity
        : double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static string[] Split(string line)
    {
        if (!line.Contains('"', StringComparison.Ordinal))
        {
            return line.Split(',');
        }

        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var ch = line[i];
            if (ch == '"')
            {
                if (quoted && i + 1 < line.Length && line[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else
                {
                    quoted = !quoted;
                }
            }
            else if (ch == ',' && !quoted)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(ch);
            }
        }

        cells.Add(cell.ToString());
        return cells.ToArray();
    }
}
