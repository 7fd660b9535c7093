namespace ClusterScope.Domain;

/// <summary>The length and character rules of every text a person or a file gives the registry, in one place, so an import,
/// an API edit and a page edit accept and refuse the same texts.</summary>
/// <remarks>Refused everywhere: NUL and the other C0 control characters (a text may hold tab and line breaks only where it is
/// a long text), and U+FFFD, the replacement character a broken decoding leaves behind. Lengths count UTF-16 code units, as
/// the database columns do.</remarks>
public static class TextRules
{
    /// <summary>Names (Chinese and English) of zones, clusters, enterprises, types and labels.</summary>
    public const int NameLength = 200;

    /// <summary>Longer texts: lists of leading industries, sources, notes.</summary>
    public const int LongTextLength = 2000;

    /// <summary>The name of an uploaded file, as it is stored and shown.</summary>
    public const int FileNameLength = 200;

    /// <summary>The most characters a text property may hold: the database column's own limit where the model sets one,
    /// <see cref="LongTextLength"/> for the long texts, else <see cref="NameLength"/>.</summary>
    public static int MaxLength(string property, int? columnLimit)
    {
        ArgumentNullException.ThrowIfNull(property);
        return columnLimit ?? (IsLongText(property) ? LongTextLength : NameLength);
    }

    /// <summary>True for the properties that hold a list or a note rather than a name.</summary>
    public static bool IsLongText(string property) =>
        property.StartsWith("LeadingIndustries", StringComparison.Ordinal) || property is "Source" or "Note" or "Notes" or "Reason";

    /// <summary>What is wrong with <paramref name="text"/> for a field of <paramref name="maxLength"/> characters, in English and
    /// Chinese, naming the field (<paramref name="fieldZh"/> in the Chinese message, the same name when null); null when it
    /// passes (a null text passes: whether it is required is the caller's rule).</summary>
    public static (string En, string Zh)? Problem(string field, string? text, int maxLength, bool lineBreaks = false, string? fieldZh = null)
    {
        fieldZh ??= field;
        if (text is null)
        {
            return null;
        }

        if (FirstForbidden(text, lineBreaks) is var at and >= 0)
        {
            var name = text[at] == '\uFFFD' ? "U+FFFD (a character lost in decoding)" : $"U+{(int)text[at]:X4}";
            return ($"{field} holds the control character {name}; remove it",
                    $"{fieldZh} 含有控制字符 {name}，请删除");
        }

        return text.Length > maxLength
            ? ($"{field} has {text.Length:N0} characters; at most {maxLength:N0}", $"{fieldZh} 有 {text.Length:N0} 个字符，最多 {maxLength:N0} 个")
            : null;
    }

    /// <summary>True when <paramref name="text"/> holds a NUL or another character <see cref="Problem"/> refuses in any text.</summary>
    public static bool HasForbiddenCharacter(ReadOnlySpan<char> text) => FirstForbidden(text, lineBreaks: true) >= 0;

    private static int FirstForbidden(ReadOnlySpan<char> text, bool lineBreaks)
    {
        // Every cell of every import passes here: two vectorised searches clear almost all of them.
        if (text.IndexOfAnyInRange('\0', '\u001F') < 0 && !text.Contains('\uFFFD'))
        {
            return -1;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if ((c < ' ' && !(lineBreaks && c is '\t' or '\r' or '\n')) || c == '\uFFFD')
            {
                return i;
            }
        }

        return -1;
    }
}
