using System.Text.Json;
using System.Text.Json.Serialization;

namespace ClusterScope.Domain.Programmes;

/// <summary>Reads a programme version from its JSON rule file and validates it (docs/user/programmes.md).</summary>
/// <remarks>Members are camelCase; a clause's or award's <c>kind</c> may stand anywhere in its object; comments and trailing
/// commas are accepted, unknown members are errors (a misspelt <c>treshold</c> is not ignored).</remarks>
public static class ProgrammeFile
{
    /// <summary>The options rule files are read and written with.</summary>
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        AllowOutOfOrderMetadataProperties = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
    };

    /// <summary>Parses and validates one rule file.</summary>
    /// <param name="json">The file's text.</param>
    /// <param name="source">The file's name, for messages.</param>
    /// <param name="indicators">The enterprise indicator codes clauses may read.</param>
    /// <exception cref="InvalidDataException">Not valid JSON, not a programme, or a programme with errors; the message names
    /// the file and, per line, the JSON path or clause and the problem.</exception>
    public static Programme Parse(string json, string source, IReadOnlySet<string> indicators)
    {
        Programme? programme;
        try
        {
            programme = JsonSerializer.Deserialize<Programme>(json, Options);
        }
        catch (JsonException e)
        {
            var line = e.LineNumber is { } l ? $" (line {l + 1})" : "";
            throw new InvalidDataException($"{source}: {e.Path ?? "$"}{line}: {FirstSentence(e.Message)}", e);
        }

        if (programme is null)
        {
            throw new InvalidDataException($"{source}: $: the file holds no programme");
        }

        var errors = ProgrammeValidator.Validate(programme, indicators);
        return errors.Count == 0 ? programme
            : throw new InvalidDataException($"{source}: {errors.Count} error(s) in programme '{programme.Code}':{string.Concat(errors.Select(e => $"{Environment.NewLine}  {e}"))}");
    }

    // System.Text.Json appends "Path: … | LineNumber: …" to its messages; the path and line are given once, in front.
    private static string FirstSentence(string message) => message.Split(" Path: ", 2)[0].Trim();
}
