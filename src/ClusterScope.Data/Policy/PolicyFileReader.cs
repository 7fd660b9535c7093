using System.Globalization;
using ClusterScope.Data.DefaultData;
using ClusterScope.Domain;
using ClusterScope.Domain.Policy;

namespace ClusterScope.Data.Policy;

/// <summary>Reads policy documents from a CSV in the format of <c>data/jilin/policy/policy_documents.csv</c>, and the links of
/// <c>policy_links.csv</c> beside it when present.</summary>
/// <remarks>Every row is checked before any is returned, so a bad file is refused whole; errors name the file, row and
/// column.</remarks>
public static class PolicyFileReader
{
    /// <summary>The columns a file must have.</summary>
    public static readonly IReadOnlyList<string> RequiredColumns =
        ["id", "title_en", "title_zh", "issuer_en", "issuer_zh", "level", "type", "summary_en", "summary_zh"];

    /// <summary>Reads a data set's <c>policy/policy_documents.csv</c>; none when the data set has no policy folder.</summary>
    public static List<PolicyDocument> ReadDataset(string folder, DateTime now)
    {
        var path = Path.Combine(folder, "policy", "policy_documents.csv");
        return File.Exists(path) ? Read(path, now) : [];
    }

    /// <summary>Reads a documents file.</summary>
    /// <exception cref="InvalidDataException">A missing column, an empty required cell, an unknown level, a bad date or a
    /// repeated id.</exception>
    public static List<PolicyDocument> Read(string path, DateTime now)
    {
        var rows = CsvRow.ReadAll(path);
        var name = Path.GetFileName(path);
        if (rows.Count == 0)
        {
            throw new InvalidDataException($"{name}: the file holds no documents.");
        }

        var missing = RequiredColumns.Except(rows[0].Columns).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidDataException($"{name}: missing column(s) {string.Join(", ", missing)}.");
        }

        var documents = new List<PolicyDocument>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var document = Parse(row, now);
            if (!seen.Add(document.Code))
            {
                throw new InvalidDataException($"{name}, row {row.Row}, column 'id': '{document.Code}' appears twice.");
            }

            documents.Add(document);
        }

        var links = Path.Combine(Path.GetDirectoryName(path) ?? ".", "policy_links.csv");
        if (File.Exists(links))
        {
            AddLinks(links, documents);
        }

        return documents;
    }

    private static PolicyDocument Parse(CsvRow row, DateTime now)
    {
        var document = new PolicyDocument
        {
            Code = Required(row, "id"),
            TitleEn = Required(row, "title_en"),
            TitleZh = Required(row, "title_zh"),
            TitleZhStatus = row.Optional("title_zh_status"),
            IssuerEn = Required(row, "issuer_en"),
            IssuerZh = Required(row, "issuer_zh"),
            DocumentNumber = row.Optional("doc_number"),
            Issued = Date(row, "date_issued"),
            Effective = Date(row, "date_effective"),
            PublicationNote = row.Optional("date_published_source"),
            Level = Level(row),
            Type = Required(row, "type"),
            Topics = string.Join(';', (row.Optional("topics") ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)),
            Source = row.Optional("source_en"),
            SourceUrl = Url(row),
            SummaryEn = Required(row, "summary_en"),
            SummaryZh = Required(row, "summary_zh"),
            FullText = row.Optional("full_text"),
            Status = Status(row),
            SupersededBy = row.Optional("superseded_by"),
            UpdatedAt = now,
        };
        foreach (var (column, text) in Texts(document))
        {
            if (TextRules.Problem(column, text, column.StartsWith("summary", StringComparison.Ordinal) ? PolicyModel.SummaryLength : PolicyModel.TitleLength, lineBreaks: true) is { } problem)
            {
                throw new InvalidDataException($"{row.File}, row {row.Row}: {problem.En}.");
            }
        }

        return document;
    }

    private static IEnumerable<(string Column, string? Text)> Texts(PolicyDocument d) =>
    [
        ("title_en", d.TitleEn), ("title_zh", d.TitleZh), ("issuer_en", d.IssuerEn), ("issuer_zh", d.IssuerZh), ("type", d.Type),
        ("topics", d.Topics), ("source_en", d.Source), ("summary_en", d.SummaryEn), ("summary_zh", d.SummaryZh),
    ];

    private static string Required(CsvRow row, string column) =>
        row.Optional(column) ?? throw new InvalidDataException($"{row.File}, row {row.Row}, column '{column}': a value is required.");

    private static DateOnly? Date(CsvRow row, string column)
    {
        var text = row.Optional(column);
        if (text is null)
        {
            return null;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new InvalidDataException($"{row.File}, row {row.Row}, column '{column}': '{text}' is not a date (yyyy-MM-dd).");
    }

    private static PolicyLevel Level(CsvRow row)
    {
        var text = Required(row, "level");
        return Enum.TryParse<PolicyLevel>(text, ignoreCase: true, out var level) && Enum.IsDefined(level)
            ? level
            : throw new InvalidDataException($"{row.File}, row {row.Row}, column 'level': '{text}' is not one of national, provincial, prefecture, zone.");
    }

    private static PolicyStatus Status(CsvRow row)
    {
        var text = row.Optional("status")?.Replace("_", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        if (text is null)
        {
            return PolicyStatus.InForce;
        }

        return Enum.TryParse<PolicyStatus>(text, ignoreCase: true, out var status) && Enum.IsDefined(status)
            ? status
            : throw new InvalidDataException($"{row.File}, row {row.Row}, column 'status': '{row.Optional("status")}' is not one of in_force, amended, repealed.");
    }

    private static string? Url(CsvRow row)
    {
        var text = row.Optional("source_url");
        if (text is null)
        {
            return null;
        }

        return Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? text
            : throw new InvalidDataException($"{row.File}, row {row.Row}, column 'source_url': '{text}' is not an http(s) link.");
    }

    private static void AddLinks(string path, List<PolicyDocument> documents)
    {
        var byCode = documents.ToDictionary(d => d.Code, StringComparer.Ordinal);
        foreach (var row in CsvRow.ReadAll(path))
        {
            var code = Required(row, "document");
            if (!byCode.TryGetValue(code, out var document))
            {
                throw new InvalidDataException($"{row.File}, row {row.Row}, column 'document': no document '{code}' in the documents file.");
            }

            var kind = Required(row, "kind");
            if (kind is not ("plan" or "category" or "programme" or "zone" or "cluster"))
            {
                throw new InvalidDataException($"{row.File}, row {row.Row}, column 'kind': '{kind}' is not one of plan, category, programme, zone, cluster.");
            }

            var link = $"{kind}:{Required(row, "code")}";
            document.Related = document.Related.Length == 0 ? link : $"{document.Related};{link}";
        }
    }
}
