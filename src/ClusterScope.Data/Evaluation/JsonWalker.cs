using System.Globalization;
using System.Text.Json;

namespace ClusterScope.Data.Evaluation;

/// <summary>Reads typed values out of a JSON document and collects every problem with its JSON path.</summary>
/// <remarks>Hand-written rather than a deserializer so each error says where it is and what is expected, and so the
/// reader keeps going after the first problem.</remarks>
internal sealed class JsonWalker
{
    private readonly List<string> _errors = [];

    public IReadOnlyList<string> Errors => _errors;

    public void Error(string path, string message) => _errors.Add($"{path}: {message}");

    /// <summary>Checks that <paramref name="element"/> is an object with only the <paramref name="allowed"/> properties.</summary>
    public bool Object(JsonElement element, string path, params string[] allowed)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            Error(path, $"must be an object, not {Kind(element)}");
            return false;
        }

        foreach (var property in element.EnumerateObject().Where(p => !allowed.Contains(p.Name, StringComparer.Ordinal)))
        {
            Error($"{path}.{property.Name}", $"unknown property (allowed: {string.Join(", ", allowed)})");
        }

        return true;
    }

    public JsonElement? Property(JsonElement obj, string path, string name, bool required)
    {
        if (obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null)
        {
            return value;
        }

        if (required)
        {
            Error($"{path}.{name}", "is required");
        }

        return null;
    }

    public string? String(JsonElement obj, string path, string name, bool required = false)
    {
        if (Property(obj, path, name, required) is not { } value)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            Error($"{path}.{name}", $"must be a string, not {Kind(value)}");
            return null;
        }

        var text = value.GetString()!.Trim();
        if (required && text.Length == 0)
        {
            Error($"{path}.{name}", "must not be empty");
            return null;
        }

        return text;
    }

    public double? Number(JsonElement obj, string path, string name, bool required = false) =>
        Property(obj, path, name, required) is { } value ? Number(value, $"{path}.{name}") : null;

    public double? Number(JsonElement value, string path)
    {
        if (value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var x) && double.IsFinite(x))
        {
            return x;
        }

        Error(path, $"must be a finite number, not {Kind(value)}");
        return null;
    }

    public int? Integer(JsonElement obj, string path, string name, bool required = false)
    {
        if (Property(obj, path, name, required) is not { } value)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var i))
        {
            return i;
        }

        Error($"{path}.{name}", $"must be a whole number, not {Kind(value)}");
        return null;
    }

    public bool? Boolean(JsonElement obj, string path, string name)
    {
        if (Property(obj, path, name, false) is not { } value)
        {
            return null;
        }

        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetBoolean();
        }

        Error($"{path}.{name}", $"must be true or false, not {Kind(value)}");
        return null;
    }

    /// <summary>The items of an array property with their paths; empty (and an error) when it is not an array.</summary>
    public IEnumerable<(JsonElement Item, string Path)> Array(JsonElement obj, string path, string name, bool required = false)
    {
        if (Property(obj, path, name, required) is not { } value)
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            Error($"{path}.{name}", $"must be an array, not {Kind(value)}");
            return [];
        }

        return value.EnumerateArray().Select((item, i) => (item, string.Create(CultureInfo.InvariantCulture, $"{path}.{name}[{i}]"))).ToArray();
    }

    /// <summary>One of <paramref name="choices"/> (compared exactly, as codes are), or <see langword="null"/> with an error.</summary>
    public string? Choice(JsonElement value, string path, params string[] choices)
    {
        if (value.ValueKind == JsonValueKind.String && choices.Contains(value.GetString(), StringComparer.Ordinal))
        {
            return value.GetString();
        }

        Error(path, $"must be one of {string.Join(", ", choices.Select(c => $"\"{c}\""))}, not {Kind(value)}");
        return null;
    }

    public static string Kind(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => $"\"{value.GetString()}\"",
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        _ => "null",
    };
}
