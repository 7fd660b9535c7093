using System.Globalization;
using ClusterScope.Analytics.Composite;
using ClusterScope.Web.Shared;

namespace ClusterScope.Web.Features.Evaluation;

/// <summary>Bar widths of the sensitivity indices, as the run page draws them.</summary>
internal static class SensitivityBars
{
    /// <summary>A bar's width in pixels: estimates are clipped to 0..1, since sampling noise can put them slightly outside.</summary>
    public static string Width(double index, double full) =>
        (double.IsFinite(index) ? Math.Clamp(index, 0, 1) * full : 0).ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>An index as the table prints it: "0 within noise" when its interval contains 0 (a first-order index of
    /// -0.01 is sampling noise, not a negative share), else the estimate with two decimals.</summary>
    public static string Estimate(double index, SensitivityInterval interval, string zeroWithinNoise) =>
        interval.ContainsZero ? zeroWithinNoise : Ui.Number(index, 2);

    /// <summary>The interval as "[low, high]", two decimals.</summary>
    public static string Interval(SensitivityInterval interval) => $"[{Ui.Number(interval.Low, 2)}, {Ui.Number(interval.High, 2)}]";
}
