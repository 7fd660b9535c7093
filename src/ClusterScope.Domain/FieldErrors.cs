using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace ClusterScope.Domain;

/// <summary>Validation messages keyed by a field's camelCase name, in English (the dictionary itself, as the API returns it)
/// and in Chinese (<see cref="In"/>, for pages shown in Chinese).</summary>
[SuppressMessage("Naming", "CA1710:Identifiers should have correct suffix", Justification = "Read as 'the errors of the fields'; the dictionary is how the API returns them.")]
public sealed class FieldErrors : IReadOnlyDictionary<string, string[]>
{
    private readonly Dictionary<string, string[]> english = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[]> chinese = new(StringComparer.Ordinal);

    /// <summary>Sets the field's message (a later message for the same field replaces the earlier one).</summary>
    public void Add(string field, string english, string chinese)
    {
        this.english[field] = [english];
        this.chinese[field] = [chinese];
    }

    /// <summary>The messages in the language of a page: Chinese when <paramref name="chinese"/>, else English.</summary>
    public IReadOnlyDictionary<string, string[]> In(bool chinese) => chinese ? this.chinese : english;

    /// <inheritdoc />
    public int Count => english.Count;

    /// <inheritdoc />
    public IEnumerable<string> Keys => english.Keys;

    /// <inheritdoc />
    public IEnumerable<string[]> Values => english.Values;

    /// <inheritdoc />
    public string[] this[string key] => english[key];

    /// <inheritdoc />
    public bool ContainsKey(string key) => english.ContainsKey(key);

    /// <inheritdoc />
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out string[] value) => english.TryGetValue(key, out value);

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, string[]>> GetEnumerator() => english.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
