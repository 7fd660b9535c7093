using System.Globalization;
using Microsoft.AspNetCore.Html;

namespace ClusterScope.Web.Features.Evaluation;

/// <summary>A unit's rank and its 5-95 % rank interval as a small inline SVG: a line over the interval, a dot at the rank.</summary>
/// <remarks>Inline SVG needs no script, so the same drawing serves the page and the printed report.</remarks>
public static class RankWhisker
{
    /// <summary>The drawing on a scale of 1..<paramref name="count"/> ranks (best on the left).</summary>
    public static HtmlString Svg(double? rank, double? p05, double? p95, int count, int width = 220, int height = 14)
    {
        if (rank is null || count < 1)
        {
            return new HtmlString(string.Empty);
        }

        double X(double r) => 4 + ((width - 8) * (r - 1) / Math.Max(1, count - 1));
        var svg = string.Create(CultureInfo.InvariantCulture, $"<svg class=\"whisker\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" role=\"img\">")
            + string.Create(CultureInfo.InvariantCulture, $"<line x1=\"4\" x2=\"{width - 4}\" y1=\"{height / 2}\" y2=\"{height / 2}\" stroke=\"#e5e7eb\" stroke-width=\"1\"/>");
        if (p05 is not null && p95 is not null)
        {
            svg += string.Create(CultureInfo.InvariantCulture,
                $"<line class=\"interval\" x1=\"{X(p05.Value):0.#}\" x2=\"{X(p95.Value):0.#}\" y1=\"{height / 2}\" y2=\"{height / 2}\" stroke=\"#2563eb\" stroke-width=\"3\"/>"
                + $"<line x1=\"{X(p05.Value):0.#}\" x2=\"{X(p05.Value):0.#}\" y1=\"2\" y2=\"{height - 2}\" stroke=\"#2563eb\"/>"
                + $"<line x1=\"{X(p95.Value):0.#}\" x2=\"{X(p95.Value):0.#}\" y1=\"2\" y2=\"{height - 2}\" stroke=\"#2563eb\"/>");
        }

        svg += string.Create(CultureInfo.InvariantCulture, $"<circle cx=\"{X(rank.Value):0.#}\" cy=\"{height / 2}\" r=\"4\" fill=\"#111827\"/></svg>");
        return new HtmlString(svg);
    }

    /// <summary>Horizontal bars of dimension scores (0-100) with the median of all ranked units as a tick.</summary>
    public static HtmlString Bars(IReadOnlyList<(string Label, double? Score, double? Median)> bars, int width = 680)
    {
        const int row = 26;
        const int label = 300;
        var height = (bars.Count * row) + 20;
        var scale = (width - label - 50) / 100.0;
        var svg = string.Create(CultureInfo.InvariantCulture, $"<svg class=\"profile-bars\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" role=\"img\">");
        for (var i = 0; i < bars.Count; i++)
        {
            var (text, score, median) = bars[i];
            var y = 4 + (i * row);
            svg += string.Create(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{y + 15}\" font-size=\"12\">{System.Net.WebUtility.HtmlEncode(text)}</text>");
            if (score is not null)
            {
                svg += string.Create(CultureInfo.InvariantCulture,
                    $"<rect x=\"{label}\" y=\"{y + 3}\" width=\"{score.Value * scale:0.#}\" height=\"16\" fill=\"#60a5fa\"/><text x=\"{label + (score.Value * scale) + 4:0.#}\" y=\"{y + 15}\" font-size=\"11\">{score.Value:0.0}</text>");
            }

            if (median is not null)
            {
                svg += string.Create(CultureInfo.InvariantCulture,
                    $"<line x1=\"{label + (median.Value * scale):0.#}\" x2=\"{label + (median.Value * scale):0.#}\" y1=\"{y}\" y2=\"{y + 22}\" stroke=\"#dc2626\" stroke-width=\"2\"/>");
            }
        }

        return new HtmlString(svg + "</svg>");
    }
}
