using System.Text.Json;
using System.Text.Json.Serialization;
using ClusterScope.Domain;

namespace ClusterScope.Web.Shared;

/// <summary>Reads JSON strings of API requests, refusing one that holds a NUL or another character <see cref="TextRules"/>
/// refuses; the API then answers 400 before any handler runs.</summary>
internal sealed class ControlCharacterJsonConverter : JsonConverter<string>
{
    public override bool HandleNull => false;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString();
        return text is not null && TextRules.HasForbiddenCharacter(text)
            ? throw new JsonException("A text holds a control character such as NUL; remove it.")
            : text;
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value);
    }
}
