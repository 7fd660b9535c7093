using System.Globalization;

namespace ClusterScope.Data.Intake;

/// <summary>Parses the text cells of import files with the invariant culture, as the exporter writes them.</summary>
internal static class CellParser
{
    public static bool TryNumber(string? text, out double value) =>
        double.TryParse(text?.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    public static bool TryEnum<TEnum>(string? text, out TEnum value)
        where TEnum : struct, Enum
    {
        // Names only: Enum.TryParse would also take "7" and quietly store an undefined member.
        var trimmed = text?.Trim() ?? string.Empty;
        var name = Enum.GetNames<TEnum>().FirstOrDefault(n => string.Equals(n, trimmed, StringComparison.OrdinalIgnoreCase));
        value = name is null ? default : Enum.Parse<TEnum>(name);
        return name is not null;
    }

    public static bool TryDate(string? text, out DateOnly value) =>
        DateOnly.TryParseExact(text?.Trim(), ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d"], CultureInfo.InvariantCulture, DateTimeStyles.None, out value);

    public static bool TryBoolean(string? text, out bool value)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "true" or "1" or "yes" or "y" or "是":
                value = true;
                return true;
            case "false" or "0" or "no" or "n" or "否":
                value = false;
                return true;
            default:
                value = false;
                return false;
        }
    }

    public static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
