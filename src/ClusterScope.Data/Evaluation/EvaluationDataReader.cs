using System.Globalization;
using ClusterScope.Data.Analysis;

namespace ClusterScope.Data.Evaluation;

/// <summary>Reads the input files of <c>clusterscope evaluate</c>; every error names the file, row and field.</summary>
/// <remarks>Rows count from 1 for the header, as a spreadsheet shows them. Values may be negative (growth rates); an
/// empty value or <c>NA</c> is a missing value, which the framework's imputation handles. Labels (unit, indicator, period,
/// group) lose the apostrophe that a run's export put before a formula-like code (<see cref="Export.CsvCell.Restore"/>) and
/// nothing else; values are read as written.</remarks>
public static class EvaluationDataReader
{
    /// <summary>Reads <c>unit,indicator,value</c> with optional <c>period</c> and <c>provenance</c> (<c>real</c> or
    /// <c>sample</c>) columns.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">A missing column, an empty label, a bad value or provenance, or a repeated
    /// unit-indicator(-period).</exception>
    public static EvaluationDataset Read(string path)
    {
        var units = new List<string>();
        var indicators = new List<string>();
        var seenUnits = new HashSet<string>(StringComparer.Ordinal);
        var seenIndicators = new HashSet<string>(StringComparer.Ordinal);
        var periods = new SortedSet<string>(StringComparer.Ordinal);
        var values = new Dictionary<(string, string, string?), double>();
        var rows = new Dictionary<(string, string, string?), int>();
        var sample = new HashSet<(string, string, string?)>();
        var hasProvenance = false;
        var file = Path.GetFileName(path);
        LongFormatReader.ReadRows(path, ["unit", "indicator", "value"], ["period", "provenance"], (header, row, line) =>
        {
            var unit = Label(path, line, "unit", row["unit"]);
            var indicator = Label(path, line, "indicator", row["indicator"]);
            var period = header.Contains("period") ? Label(path, line, "period", row["period"]) : null;
            var key = (unit, indicator, period);
            if (!rows.TryAdd(key, line))
            {
                throw new InvalidDataException($"{file}, row {line}: unit '{unit}', indicator '{indicator}'"
                    + (period is null ? string.Empty : $", period '{period}'") + $" already appears in row {rows[key]}.");
            }

            values[key] = Value(file, line, row["value"]);
            hasProvenance = header.Contains("provenance");
            if (hasProvenance && IsSample(file, line, row["provenance"]))
            {
                sample.Add(key);
            }
            if (seenUnits.Add(unit))
            {
                units.Add(unit);
            }

            if (seenIndicators.Add(indicator))
            {
                indicators.Add(indicator);
            }

            if (period is not null)
            {
                periods.Add(period);
            }
        });
        return new EvaluationDataset(units, indicators, [.. periods], values, hasProvenance ? sample : null);
    }

    /// <summary>Reads <c>unit,group</c>: the group of each unit (e.g. East / Centre / West).</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">A missing column, an empty label or a unit given twice.</exception>
    public static Dictionary<string, string> ReadGroups(string path)
    {
        var groups = new Dictionary<string, string>(StringComparer.Ordinal);
        var rows = new Dictionary<string, int>(StringComparer.Ordinal);
        LongFormatReader.ReadRows(path, ["unit", "group"], [], (_, row, line) =>
        {
            var unit = Label(path, line, "unit", row["unit"]);
            if (!rows.TryAdd(unit, line))
            {
                throw new InvalidDataException($"{Path.GetFileName(path)}, row {line}: unit '{unit}' already appears in row {rows[unit]}.");
            }

            groups[unit] = Label(path, line, "group", row["group"]);
        });
        return groups;
    }

    /// <summary>Reads the <c>unit</c> and <c>rank</c> columns of a previous <c>evaluate</c> output (CSV), for "most improved".</summary>
    /// <exception cref="InvalidDataException">A missing column, or a rank that is not a number.</exception>
    public static Dictionary<string, double> ReadRanks(string path)
    {
        var ranks = new Dictionary<string, double>(StringComparer.Ordinal);
        LongFormatReader.ReadRows(path, ["unit", "rank"], [], (_, row, line) =>
        {
            var unit = Label(path, line, "unit", row["unit"]);
            ranks[unit] = row["rank"].Length == 0 ? double.NaN : Value(Path.GetFileName(path), line, row["rank"], "rank");
        });
        return ranks;
    }

    private static bool IsSample(string file, int line, string text) => text switch
    {
        "sample" => true,
        "real" => false,
        _ => throw new InvalidDataException($"{file}, row {line}, field 'provenance': '{text}' is neither 'real' nor 'sample'."),
    };

    private static string Label(string path, int line, string field, string text) =>
        Export.CsvCell.Restore(LongFormatReader.Label(path, line, field, text));

    private static double Value(string file, int line, string text, string field = "value")
    {
        if (text.Length == 0 || text == "NA")
        {
            return double.NaN;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw new InvalidDataException($"{file}, row {line}, field '{field}': '{text}' is not a number (leave it empty or write NA when missing).");
    }
}
