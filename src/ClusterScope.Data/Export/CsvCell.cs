using System.Text.RegularExpressions;

namespace ClusterScope.Data.Export;

/// <summary>Makes text cells of the CSV files the product writes safe to open in a spreadsheet (OWASP "CSV injection").</summary>
/// <remarks>A text cell that starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or carriage return, which Excel,
/// LibreOffice and Google Sheets would run as a formula, gets a leading apostrophe, as OWASP recommends; so does one that
/// already starts with apostrophes followed by such a character, so that <see cref="Restore"/> gives back exactly what was
/// written. A cell that is a number (<c>-1.5</c>, <c>-2E-05</c>) stays as it is: numeric columns are never changed.
/// Every other text, including one that starts with an apostrophe and then something harmless, is left alone.</remarks>
public static partial class CsvCell
{
    /// <summary>The text as a safe cell value (unquoted); null is empty.</summary>
    public static string Text(string? value)
    {
        if (string.IsNullOrEmpty(value) || !StartsLikeFormula(value.AsSpan().TrimStart('\'')) || Number().IsMatch(value))
        {
            return value ?? string.Empty;
        }

        return "'" + value;
    }

    /// <summary>Undoes <see cref="Text"/>: removes the apostrophe it would have added, and no other (<c>'5</c> or
    /// <c>'-5</c> stay as they are, since <see cref="Text"/> never writes them).</summary>
    public static string Restore(string cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return cell.StartsWith('\'') && Text(cell[1..]).Length == cell.Length ? cell[1..] : cell;
    }

    /// <summary>The text as one field of a hand-written CSV line: <see cref="Text"/>, then quoted as RFC 4180 says when it
    /// holds a comma, a quote or a line break.</summary>
    public static string Field(string? value)
    {
        var text = Text(value);
        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }

    private static bool StartsLikeFormula(ReadOnlySpan<char> text) => text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r';

    /// <summary>A plain decimal number as the invariant culture writes it; "-Infinity" or "-1+2" are not.</summary>
    [GeneratedRegex(@"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Number();
}
