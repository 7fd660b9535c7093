using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using ClusterScope.Analytics.Composite;
using ClusterScope.Domain.Evaluation;

namespace ClusterScope.Data.Evaluation;

/// <summary>Reads and validates an evaluation framework file (JSON, <c>docs/evaluation/framework-format.md</c>).</summary>
/// <remarks>Every problem is reported with its JSON path (<c>$.indicators[3].weight: must be positive</c>), all at once.
/// Comments and trailing commas are accepted, since people edit these files by hand; unknown properties are errors, so a
/// misspelt <c>wieght</c> is not silently ignored.</remarks>
public static class FrameworkReader
{
    /// <summary>The value of the <c>format</c> property every framework file carries.</summary>
    public const string Format = "clusterscope-framework";

    private static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>Reads the framework file at <paramref name="path"/>.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">The file is not valid JSON or not a valid framework; the message lists every error.</exception>
    public static EvaluationFramework Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Framework file '{path}' does not exist.", path);
        }

        return Parse(File.ReadAllText(path), Path.GetFileName(path));
    }

    /// <summary>Parses and validates framework JSON.</summary>
    /// <param name="json">The file's text.</param>
    /// <param name="source">Name used in error messages (the file name).</param>
    /// <exception cref="InvalidDataException">Not valid JSON or not a valid framework; the message lists every error, one a line.</exception>
    public static EvaluationFramework Parse(string json, string source = "framework") =>
        TryParse(json, out var framework, out var errors)
            ? framework
            : throw new InvalidDataException($"{source}: {errors.Count} error(s) in the framework:{string.Concat(errors.Select(e => $"{Environment.NewLine}  {e}"))}");

    /// <summary>Parses and validates framework JSON without throwing, e.g. for an editor that shows every error.</summary>
    /// <param name="json">The file's text.</param>
    /// <param name="framework">The framework, when valid.</param>
    /// <param name="errors">Each problem as "<c>$.path: what is wrong</c>"; empty when valid.</param>
    /// <returns>Whether the JSON is a valid framework.</returns>
    public static bool TryParse(string json, [NotNullWhen(true)] out EvaluationFramework? framework, out IReadOnlyList<string> errors)
    {
        ArgumentNullException.ThrowIfNull(json);
        framework = null;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, Options);
        }
        catch (JsonException e)
        {
            errors = [$"$: not valid JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}): {e.Message}"];
            return false;
        }

        using (document)
        {
            var walker = new JsonWalker();
            var parsed = Framework(walker, document.RootElement);
            errors = walker.Errors;
            framework = errors.Count == 0 ? parsed : null;
            return framework is not null;
        }
    }

    private static EvaluationFramework? Framework(JsonWalker json, JsonElement root)
    {
        if (!json.Object(root, "$", "$schema", "format", "formatVersion", "code", "version", "name", "nameZh", "description", "descriptionZh", "sources", "index",
                "dimensions", "indicators", "method", "uncertainty", "groupWeights", "hardThresholds", "atLeast", "publication", "awards", "demotion"))
        {
            return null;
        }

        if (json.String(root, "$", "format", true) is { } format && format != Format)
        {
            json.Error("$.format", $"must be \"{Format}\"");
        }

        if (json.Integer(root, "$", "formatVersion", true) is { } version && version != EvaluationFramework.CurrentFormatVersion)
        {
            json.Error("$.formatVersion", $"version {version} is not supported; this ClusterScope reads version {EvaluationFramework.CurrentFormatVersion}");
        }

        var index = Index(json, root);
        var dimensions = Dimensions(json, root, index?.Code);
        var indicators = Indicators(json, root, dimensions, index?.Code);
        var method = MethodReader.Method(json, root);
        if (method.Normalisation is NormalisationSpec.DistanceToTarget)
        {
            foreach (var (indicator, i) in indicators.Select((x, i) => (x, i)).Where(p => p.x.Target is null))
            {
                json.Error($"$.indicators[{i}].target", $"is required: the method normalises by distance to target ('{indicator.Code}' has none)");
            }
        }

        var codes = indicators.Select(i => i.Code).ToHashSet(StringComparer.Ordinal);
        var framework = new EvaluationFramework(json.String(root, "$", "code", true) ?? string.Empty, json.String(root, "$", "version", true) ?? string.Empty,
            json.String(root, "$", "name", true) ?? string.Empty, index ?? new FrameworkIndex("INDEX", "Index"), dimensions, indicators, method)
        {
            NameZh = json.String(root, "$", "nameZh"),
            Description = json.String(root, "$", "description"),
            DescriptionZh = json.String(root, "$", "descriptionZh"),
            Sources = json.Array(root, "$", "sources").Select(s => s.Item.ValueKind == JsonValueKind.String ? s.Item.GetString()! : Bad(json, s.Path)).ToArray(),
            Uncertainty = MethodReader.Uncertainty(json, root, method),
            GroupWeights = RulesReader.GroupWeights(json, root, codes, dimensions.Select(d => d.Code).ToHashSet(StringComparer.Ordinal)),
            HardThresholds = RulesReader.HardThresholds(json, root, codes),
            AtLeastRules = RulesReader.AtLeast(json, root, codes),
            RanksOnly = RulesReader.RanksOnly(json, root),
            Awards = RulesReader.Awards(json, root),
            Demotion = RulesReader.Demotion(json, root),
        };
        return framework;
    }

    private static string Bad(JsonWalker json, string path)
    {
        json.Error(path, "must be a string");
        return string.Empty;
    }

    private static FrameworkIndex? Index(JsonWalker json, JsonElement root)
    {
        if (json.Property(root, "$", "index", true) is not { } index || !json.Object(index, "$.index", "code", "name", "nameZh"))
        {
            return null;
        }

        var code = Code(json, index, "$.index");
        return code is null ? null : new FrameworkIndex(code, json.String(index, "$.index", "name") ?? code) { NameZh = json.String(index, "$.index", "nameZh") };
    }

    private static FrameworkDimension[] Dimensions(JsonWalker json, JsonElement root, string? indexCode)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var list = new List<FrameworkDimension>();
        foreach (var (item, path) in json.Array(root, "$", "dimensions", true))
        {
            if (!json.Object(item, path, "code", "name", "nameZh", "weight", "source", "weightSource", "note") || Code(json, item, path) is not { } code)
            {
                continue;
            }

            Unique(json, seen, code, path, indexCode);
            list.Add(new FrameworkDimension(code, json.String(item, path, "name") ?? code, Weight(json, item, path),
                Source(json, item, path, "source"), Source(json, item, path, "weightSource"), json.String(item, path, "note"))
            {
                NameZh = json.String(item, path, "nameZh"),
            });
        }

        if (json.Property(root, "$", "dimensions", false) is { ValueKind: JsonValueKind.Array } && list.Count == 0)
        {
            json.Error("$.dimensions", "must have at least one dimension");
        }

        return [.. list];
    }

    private static FrameworkIndicator[] Indicators(JsonWalker json, JsonElement root, FrameworkDimension[] dimensions, string? indexCode)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (d, i) in dimensions.Select((d, i) => (d, i)))
        {
            seen.TryAdd(d.Code, $"$.dimensions[{i}]");
        }

        var list = new List<FrameworkIndicator>();
        foreach (var (item, path) in json.Array(root, "$", "indicators", true))
        {
            if (!json.Object(item, path, "code", "name", "nameZh", "dimension", "direction", "weight", "target", "unit", "source", "data", "note")
                || Code(json, item, path) is not { } code)
            {
                continue;
            }

            Unique(json, seen, code, path, indexCode);
            var dimension = json.String(item, path, "dimension", true);
            if (dimension is not null && dimensions.All(d => d.Code != dimension))
            {
                json.Error($"{path}.dimension", $"'{dimension}' is not a dimension (has {string.Join(", ", dimensions.Select(d => d.Code))})");
            }

            var direction = json.Property(item, path, "direction", true) is { } d && json.Choice(d, $"{path}.direction", "+", "-") == "-"
                ? Direction.Negative : Direction.Positive;
            var data = json.Property(item, path, "data", false) is { } s
                ? json.Choice(s, $"{path}.data", "available", "derivable", "missing") switch
                {
                    "derivable" => DataStatus.Derivable,
                    "missing" => DataStatus.Missing,
                    _ => DataStatus.Available,
                }
                : DataStatus.Available;
            list.Add(new FrameworkIndicator(code, json.String(item, path, "name") ?? code, dimension ?? string.Empty, direction,
                Weight(json, item, path), json.Number(item, path, "target"), json.String(item, path, "unit"), Source(json, item, path, "source"),
                data, json.String(item, path, "note"))
            {
                NameZh = json.String(item, path, "nameZh"),
            });
        }

        if (json.Property(root, "$", "indicators", false) is { ValueKind: JsonValueKind.Array } && list.Count == 0)
        {
            json.Error("$.indicators", "must have at least one indicator");
        }

        for (var i = 0; i < dimensions.Length; i++)
        {
            if (list.All(x => x.Dimension != dimensions[i].Code))
            {
                json.Error($"$.dimensions[{i}]", $"dimension '{dimensions[i].Code}' has no indicators");
            }
        }

        return [.. list];
    }

    private static string? Code(JsonWalker json, JsonElement item, string path)
    {
        var code = json.String(item, path, "code", true);
        if (code is not null && code.Any(c => char.IsWhiteSpace(c) || c == ','))
        {
            json.Error($"{path}.code", $"'{code}' must not contain spaces or commas (it names a column of the data and of the results)");
        }

        return code;
    }

    private static void Unique(JsonWalker json, Dictionary<string, string> seen, string code, string path, string? indexCode)
    {
        if (code == indexCode || !seen.TryAdd(code, path))
        {
            json.Error($"{path}.code", $"'{code}' is already used by {(code == indexCode ? "$.index" : seen[code])}");
        }
    }

    internal static double Weight(JsonWalker json, JsonElement item, string path)
    {
        var weight = json.Number(item, path, "weight") ?? 1;
        if (!(weight > 0))
        {
            json.Error($"{path}.weight", "must be positive");
        }

        return weight;
    }

    private static SourceKind Source(JsonWalker json, JsonElement item, string path, string name) =>
        json.Property(item, path, name, false) is { } s
            ? json.Choice(s, $"{path}.{name}", "official", "programme", "assumed") switch
            {
                "official" => SourceKind.Official,
                "programme" => SourceKind.Programme,
                _ => SourceKind.Assumed,
            }
            : SourceKind.Assumed;
}
