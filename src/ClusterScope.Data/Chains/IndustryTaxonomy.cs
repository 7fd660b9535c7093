using System.Globalization;

namespace ClusterScope.Data.Chains;

/// <summary>
/// GB/T 4754-2017 (with the 2019 amendment) read from data/classification/gbt4754_2017.csv.
/// The file carries Chinese names only; see its PROVENANCE.md.
/// </summary>
public sealed class IndustryTaxonomy
{
    private const string Header = "level,code,section,parent_code,name_zh,name_en";
    private readonly Dictionary<string, IndustryCode> _byCode;

    private IndustryTaxonomy(List<IndustryCode> codes)
    {
        Codes = codes;
        _byCode = codes.ToDictionary(c => c.Code, StringComparer.Ordinal);
    }

    /// <summary>All rows in the standard's own order.</summary>
    public IReadOnlyList<IndustryCode> Codes { get; }

    /// <summary>The row for a code, or null when the standard has no such code.</summary>
    public IndustryCode? Find(string code) => _byCode.GetValueOrDefault(code);

    /// <summary>Whether the standard has this code at any level.</summary>
    public bool Contains(string code) => _byCode.ContainsKey(code);

    /// <summary>Reads the taxonomy file; a malformed row fails with its file, line and field.</summary>
    public static IndustryTaxonomy Load(string path)
    {
        var lines = File.ReadAllLines(path);
        if (lines.Length == 0 || lines[0].Trim() != Header)
            throw new InvalidDataException($"{path}: line 1: expected header '{Header}'");
        var codes = new List<IndustryCode>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].Length == 0) continue;
            var where = $"{path}: line {(i + 1).ToString(CultureInfo.InvariantCulture)}";
            var f = lines[i].Split(',');
            if (f.Length != 6) throw new InvalidDataException($"{where}: expected 6 fields, found {f.Length}");
            var level = f[0] switch
            {
                "section" => IndustryLevel.Section,
                "division" => IndustryLevel.Division,
                "group" => IndustryLevel.Group,
                "class" => IndustryLevel.Class,
                _ => throw new InvalidDataException($"{where}: field level: unknown level '{f[0]}'"),
            };
            if (f[1].Length == 0) throw new InvalidDataException($"{where}: field code: empty");
            if (f[4].Length == 0) throw new InvalidDataException($"{where}: field name_zh: empty");
            if (!seen.Add(f[1])) throw new InvalidDataException($"{where}: field code: duplicate code '{f[1]}'");
            codes.Add(new IndustryCode(level, f[1], f[2], f[3], f[4]));
        }
        return new IndustryTaxonomy(codes);
    }
}
