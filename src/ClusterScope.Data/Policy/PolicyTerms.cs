using ClusterScope.Data.DefaultData;

namespace ClusterScope.Data.Policy;

/// <summary>The Chinese and English names of the policy library's document types and topics, from
/// <c>data/jilin/policy/policy_terms.csv</c> (<c>code,name_en,name_zh</c>); documents keep the English code.</summary>
public sealed class PolicyTerms
{
    private readonly Dictionary<string, (string En, string Zh)> names;

    /// <summary>Terms from name pairs keyed by code.</summary>
    public PolicyTerms(IReadOnlyDictionary<string, (string En, string Zh)> names) =>
        this.names = new Dictionary<string, (string En, string Zh)>(names, StringComparer.OrdinalIgnoreCase);

    /// <summary>Reads a terms file; a row without a code or either name is refused with its file and row.</summary>
    /// <exception cref="InvalidDataException">A bad row.</exception>
    public static PolicyTerms Read(string path)
    {
        var names = new Dictionary<string, (string En, string Zh)>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in CsvRow.ReadAll(path))
        {
            var code = row.Optional("code") ?? throw new InvalidDataException($"{row.File}, row {row.Row}: 'code' is empty.");
            var en = row.Optional("name_en") ?? throw new InvalidDataException($"{row.File}, row {row.Row}: 'name_en' of '{code}' is empty.");
            var zh = row.Optional("name_zh") ?? throw new InvalidDataException($"{row.File}, row {row.Row}: 'name_zh' of '{code}' is empty.");
            if (!names.TryAdd(code, (en, zh)))
            {
                throw new InvalidDataException($"{row.File}, row {row.Row}: '{code}' is listed twice.");
            }
        }

        return new PolicyTerms(names);
    }

    /// <summary>The terms shipped with the default data set; none when it is not installed.</summary>
    public static PolicyTerms Shipped()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "data", "jilin", "policy", "policy_terms.csv");
        return File.Exists(path) ? Read(path) : new PolicyTerms(new Dictionary<string, (string En, string Zh)>());
    }

    /// <summary>A type's or topic's name for the reader; an unknown code shows as it is.</summary>
    public string Name(string code, bool chinese) =>
        names.TryGetValue(code, out var name) ? (chinese ? name.Zh : name.En) : code;
}
