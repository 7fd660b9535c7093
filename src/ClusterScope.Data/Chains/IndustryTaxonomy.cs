using ClusterScope.Data.DefaultData;

namespace ClusterScope.Data.Chains;

/// <summary>
/// GB/T 4754-2017 (with the 2019 amendment) read from data/classification/gbt4754_2017.csv.
/// The file carries Chinese names only; see its PROVENANCE.md. English names are our own translations, read from
/// <c>gbt4754_2017_en.csv</c> (<c>code,name_en</c>) beside it when present; a code it does not list has none.
/// </summary>
public sealed class IndustryTaxonomy
{
    private static readonly string[] Columns = ["level", "code", "section", "parent_code", "name_zh", "name_en"];
    private readonly Dictionary<string, IndustryCode> _byCode;

    private IndustryTaxonomy(List<IndustryCode> codes)
    {
        Codes = codes;
        _byCode = codes.ToDictionary(c => c.Code, StringComparer.Ordinal);
        CodeSet = _byCode.Keys.ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Every code at any level, for validators that must not depend on this class.</summary>
    public IReadOnlySet<string> CodeSet { get; }

    /// <summary>All rows in the standard's own order.</summary>
    public IReadOnlyList<IndustryCode> Codes { get; }

    /// <summary>The row for a code, or null when the standard has no such code.</summary>
    public IndustryCode? Find(string code) => _byCode.GetValueOrDefault(code);

    /// <summary>Whether the standard has this code at any level.</summary>
    public bool Contains(string code) => _byCode.ContainsKey(code);

    /// <summary>Reads the taxonomy file; a malformed row fails with its file, line and field.</summary>
    public static IndustryTaxonomy Load(string path)
    {
        var rows = CsvRow.ReadAll(path);
        var missing = rows.Count == 0 ? Columns : Columns.Except(rows[0].Columns).ToArray();
        if (missing.Length > 0)
        {
            throw new InvalidDataException($"{path}: line 1: expected the columns {string.Join(",", Columns)}; missing {string.Join(", ", missing)}");
        }

        var english = ReadEnglish(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, Path.GetFileNameWithoutExtension(path) + "_en.csv"));
        var codes = new List<IndustryCode>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var where = $"{path}: line {row.Row}";
            var level = row["level"] switch
            {
                "section" => IndustryLevel.Section,
                "division" => IndustryLevel.Division,
                "group" => IndustryLevel.Group,
                "class" => IndustryLevel.Class,
                var other => throw new InvalidDataException($"{where}: field level: unknown level '{other}'"),
            };
            var code = row.Optional("code") ?? throw new InvalidDataException($"{where}: field code: empty");
            var name = row.Optional("name_zh") ?? throw new InvalidDataException($"{where}: field name_zh: empty");
            if (!seen.Add(code))
            {
                throw new InvalidDataException($"{where}: field code: duplicate code '{code}'");
            }

            codes.Add(new IndustryCode(level, code, row["section"], row["parent_code"], name, english.GetValueOrDefault(code)));
        }

        return new IndustryTaxonomy(codes);
    }

    private static Dictionary<string, string> ReadEnglish(string path)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return names;
        }

        foreach (var row in CsvRow.ReadAll(path))
        {
            var code = row.Optional("code") ?? throw new InvalidDataException($"{path}: line {row.Row}: field code: empty");
            var name = row.Optional("name_en") ?? throw new InvalidDataException($"{path}: line {row.Row}: field name_en: empty");
            if (!names.TryAdd(code, name))
            {
                throw new InvalidDataException($"{path}: line {row.Row}: field code: duplicate code '{code}'");
            }
        }

        return names;
    }
}
