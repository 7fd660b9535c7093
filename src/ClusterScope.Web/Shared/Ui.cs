using System.Globalization;

namespace ClusterScope.Web.Shared;

/// <summary>Small formatting rules the pages share: language choice, numbers, names in the request's language.</summary>
public static class Ui
{
    /// <summary>Whether the request's UI culture is Chinese.</summary>
    public static bool IsChinese => CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.Ordinal);

    /// <summary>Picks the Chinese or English name.</summary>
    public static string Name(string zh, string en) => IsChinese ? zh : en;

    /// <summary>Text the data may give in Chinese: the Chinese for a Chinese reader when there is one, else the English.</summary>
    public static string? Text(string? zh, string? en) => IsChinese && !string.IsNullOrWhiteSpace(zh) ? zh : en;

    /// <summary>A number with grouping and <paramref name="decimals"/> decimals in the request culture; "–" when missing.</summary>
    public static string Number(double? value, int decimals = 0) => Quantities.Format(value, decimals, CultureInfo.CurrentCulture);

    /// <summary>A text as a JavaScript string literal (quotes included), safe inside a script block.</summary>
    public static Microsoft.AspNetCore.Html.HtmlString Js(string text) => new(System.Text.Json.JsonSerializer.Serialize(text));

    /// <summary>The tier label in the request's language.</summary>
    public static string Tier(Domain.Registry.OutputTier? tier) => tier is null ? "–" : Domain.Registry.OutputTiers.Label(tier.Value, IsChinese);
}
