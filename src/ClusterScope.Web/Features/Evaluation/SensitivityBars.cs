using System.Globalization;

namespace ClusterScope.Web.Features.Evaluation;

/// <summary>Bar widths of the sensitivity indices, as the run page draws them.</summary>
internal static class SensitivityBars
{
    /// <summary>A bar's width in pixels: estimates are clipped to 0..1, since sampling noise can put them slightly outside.</summary>
    public static string Width(double index, double full) =>
        (double.IsFinite(index) ? Math.Clamp(index, 0, 1) * full : 0).ToString("0.#", CultureInfo.InvariantCulture);
}
