using System.Globalization;
using ClusterScope.Data.Analysis;
using ClusterScope.Domain.Talent;

namespace ClusterScope.Data.Talent;

/// <summary>Reads the CSV files of <c>clusterscope talent match</c>; every error names the file, row and field.</summary>
/// <remarks>Rows count from 1 for the header, as a spreadsheet shows them. Field codes are separated by <c>;</c>.</remarks>
public static class TalentFiles
{
    /// <summary>Reads <c>researcher,field_codes,capacity,home_city,home_longitude,home_latitude</c> (other columns are ignored).</summary>
    /// <exception cref="InvalidDataException">A missing column, an empty code, a bad number or a repeated researcher.</exception>
    public static IReadOnlyList<Researcher> ReadResearchers(string path)
    {
        var list = new List<Researcher>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        LongFormatReader.ReadRows(path, ["researcher", "field_codes", "capacity", "home_city", "home_longitude", "home_latitude"], [], (_, row, line) =>
        {
            var code = Unique(path, line, "researcher", row["researcher"], seen);
            list.Add(new Researcher(code, Codes(path, line, row["field_codes"]), Capacity(path, line, row["capacity"]),
                LongFormatReader.Label(path, line, "home_city", row["home_city"]),
                Degrees(path, line, "home_longitude", row["home_longitude"], 180), Degrees(path, line, "home_latitude", row["home_latitude"], 90)));
        });
        return list;
    }

    /// <summary>Reads <c>need,enterprise,field_codes,zone,zone_city,city_longitude,city_latitude,cluster_priority</c>.</summary>
    /// <exception cref="InvalidDataException">A missing column, an empty code, a bad number, a priority outside [0, 1] or a repeated need.</exception>
    public static IReadOnlyList<InnovationNeed> ReadNeeds(string path)
    {
        var list = new List<InnovationNeed>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        LongFormatReader.ReadRows(path, ["need", "enterprise", "field_codes", "zone", "zone_city", "city_longitude", "city_latitude", "cluster_priority"], [], (_, row, line) =>
        {
            var code = Unique(path, line, "need", row["need"], seen);
            var priority = Number(path, line, "cluster_priority", row["cluster_priority"]);
            if (priority is < 0 or > 1)
            {
                throw new InvalidDataException($"{Path.GetFileName(path)}, row {line}, field 'cluster_priority': {row["cluster_priority"]} is outside [0, 1].");
            }

            list.Add(new InnovationNeed(code, LongFormatReader.Label(path, line, "enterprise", row["enterprise"]), Codes(path, line, row["field_codes"]),
                LongFormatReader.Label(path, line, "zone", row["zone"]), LongFormatReader.Label(path, line, "zone_city", row["zone_city"]),
                Degrees(path, line, "city_longitude", row["city_longitude"], 180), Degrees(path, line, "city_latitude", row["city_latitude"], 90), priority));
        });
        return list;
    }

    /// <summary>Reads <c>researcher,need,score</c>, each pair once.</summary>
    /// <exception cref="InvalidDataException">A missing column, an empty code, a score that is not a finite number or a repeated pair.</exception>
    public static IReadOnlyList<(string Researcher, string Need, double Score)> ReadScores(string path)
    {
        var list = new List<(string, string, double)>();
        var seen = new Dictionary<(string, string), int>();
        LongFormatReader.ReadRows(path, ["researcher", "need", "score"], [], (_, row, line) =>
        {
            var researcher = LongFormatReader.Label(path, line, "researcher", row["researcher"]);
            var need = LongFormatReader.Label(path, line, "need", row["need"]);
            if (!seen.TryAdd((researcher, need), line))
            {
                throw new InvalidDataException($"{Path.GetFileName(path)}, row {line}: researcher '{researcher}', need '{need}' already appears in row {seen[(researcher, need)]}.");
            }

            list.Add((researcher, need, Number(path, line, "score", row["score"])));
        });
        return list;
    }

    /// <summary>Reads <c>researcher,capacity</c>, each researcher once.</summary>
    /// <exception cref="InvalidDataException">A missing column, an empty code, a capacity that is not a whole number ≥ 0, or a repeat.</exception>
    public static IReadOnlyDictionary<string, int> ReadCapacities(string path)
    {
        var capacities = new Dictionary<string, int>(StringComparer.Ordinal);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        LongFormatReader.ReadRows(path, ["researcher", "capacity"], [], (_, row, line) =>
            capacities[Unique(path, line, "researcher", row["researcher"], seen)] = Capacity(path, line, row["capacity"]));
        return capacities;
    }

    private static string Unique(string path, int line, string field, string text, Dictionary<string, int> seen)
    {
        var code = LongFormatReader.Label(path, line, field, text);
        return seen.TryAdd(code, line) ? code
            : throw new InvalidDataException($"{Path.GetFileName(path)}, row {line}: {field} '{code}' already appears in row {seen[code]}.");
    }

    private static string[] Codes(string path, int line, string text)
    {
        var codes = text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return codes.Length > 0 ? codes : throw new InvalidDataException($"{Path.GetFileName(path)}, row {line}, field 'field_codes': no field code (separate codes with ';').");
    }

    private static int Capacity(string path, int line, string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value
            : throw new InvalidDataException($"{Path.GetFileName(path)}, row {line}, field 'capacity': '{text}' is not a whole number of 0 or more.");

    private static double Number(string path, int line, string field, string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) ? value
            : throw new InvalidDataException($"{Path.GetFileName(path)}, row {line}, field '{field}': '{text}' is not a number.");

    private static double Degrees(string path, int line, string field, string text, double limit)
    {
        var value = Number(path, line, field, text);
        return Math.Abs(value) <= limit ? value
            : throw new InvalidDataException($"{Path.GetFileName(path)}, row {line}, field '{field}': {text} is outside ±{limit} degrees.");
    }
}
