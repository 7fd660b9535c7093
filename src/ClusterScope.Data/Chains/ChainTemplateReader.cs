using System.Text.Json;
using System.Text.Json.Serialization;
using ClusterScope.Domain;
using ClusterScope.Domain.Chains;

namespace ClusterScope.Data.Chains;

/// <summary>Reads chain templates (one JSON file per chain, camelCase, unknown members refused) and validates them
/// against the industry taxonomy.</summary>
public static class ChainTemplateReader
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Disallow,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false) },
    };

    /// <summary>Reads and validates one template file.</summary>
    /// <exception cref="InvalidDataException">The file is not valid JSON for a template (the message names the file and the
    /// JSON path) or breaks a validity rule (the message names the file, segment and problem).</exception>
    public static ChainTemplate ReadFile(string path, IndustryTaxonomy taxonomy)
    {
        var (template, errors) = Parse(File.ReadAllText(path), path, Path.GetFileName(path), taxonomy);
        return template ?? throw new InvalidDataException(string.Join(Environment.NewLine, errors.Values.SelectMany(v => v)));
    }

    /// <summary>Reads and validates a template's text, as an admin saves it.</summary>
    /// <param name="json">The template's text.</param>
    /// <param name="source">What JSON errors are prefixed with (the path of a file).</param>
    /// <param name="fileName">The name the template is validated under: <c>{code}.json</c>, so its code must match.</param>
    /// <param name="taxonomy">The industry codes a segment may name.</param>
    /// <returns>The template, or null with every problem found in both languages, each naming the JSON path or the segment.</returns>
    public static (ChainTemplate? Template, FieldErrors Errors) Parse(string json, string source, string fileName, IndustryTaxonomy taxonomy)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        ChainTemplate? template;
        try
        {
            template = JsonSerializer.Deserialize<ChainTemplate>(json ?? string.Empty, Options);
        }
        catch (JsonException e)
        {
            var problem = FirstSentence(e.Message);
            return (null, One($"{source}: {e.Path ?? "$"}: {problem}", $"{source}：{e.Path ?? "$"}：JSON 无效（{problem}）"));
        }

        if (template is null)
        {
            return (null, One($"{source}: $: the file holds no template.", $"{source}：$：文件中没有产业链模板。"));
        }

        var errors = ChainValidator.Validate(template, fileName, taxonomy.CodeSet);
        return (errors.Count > 0 ? null : template, errors);
    }

    /// <summary>Reads every <c>*.json</c> template of a folder, in code order; the first bad file stops the read.</summary>
    /// <exception cref="InvalidDataException">A bad file, or two files with the same chain code.</exception>
    public static IReadOnlyList<ChainTemplate> ReadFolder(string folder, IndustryTaxonomy taxonomy) =>
        Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal).Select(f => ReadFile(f, taxonomy)).ToList();

    private static FieldErrors One(string english, string chinese)
    {
        var errors = new FieldErrors();
        errors.Add("json", english, chinese);
        return errors;
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
