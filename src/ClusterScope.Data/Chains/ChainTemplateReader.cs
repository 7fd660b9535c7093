using System.Text.Json;
using System.Text.Json.Serialization;
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
        ArgumentNullException.ThrowIfNull(taxonomy);
        ChainTemplate? template;
        try
        {
            using var stream = File.OpenRead(path);
            template = JsonSerializer.Deserialize<ChainTemplate>(stream, Options);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: {e.Path ?? "$"}: {FirstSentence(e.Message)}", e);
        }

        if (template is null)
        {
            throw new InvalidDataException($"{path}: $: the file holds no template.");
        }

        var errors = ChainValidator.Validate(template, Path.GetFileName(path), taxonomy.CodeSet);
        if (errors.Count > 0)
        {
            throw new InvalidDataException(string.Join(Environment.NewLine, errors.Values.SelectMany(v => v)));
        }

        return template;
    }

    /// <summary>Reads every <c>*.json</c> template of a folder, in code order; the first bad file stops the read.</summary>
    /// <exception cref="InvalidDataException">A bad file, or two files with the same chain code.</exception>
    public static IReadOnlyList<ChainTemplate> ReadFolder(string folder, IndustryTaxonomy taxonomy) =>
        Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal).Select(f => ReadFile(f, taxonomy)).ToList();

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
