using System.Globalization;
using ClusterScope.Domain.Chains;
using Microsoft.Extensions.Configuration;

namespace ClusterScope.Data.Chains;

/// <summary>Reads <see cref="ChainSettings"/> from <c>Chains:StrongMinimumShare</c>, <c>Chains:StrongMinimumEnterprises</c>,
/// <c>Chains:PositionWeight</c>, <c>Chains:DensityWeight</c> and <c>Chains:ComplexityWeight</c>; a setting left out keeps its default.</summary>
public static class ChainSettingsReader
{
    /// <summary>The settings.</summary>
    /// <exception cref="InvalidOperationException">A setting is not a number or out of range; the message names it.</exception>
    public static ChainSettings From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var d = new ChainSettings();
        var settings = new ChainSettings(
            Number(configuration, "StrongMinimumShare", d.StrongMinimumShare),
            WholeNumber(configuration, "StrongMinimumEnterprises", d.StrongMinimumEnterprises),
            Number(configuration, "PositionWeight", d.PositionWeight),
            Number(configuration, "DensityWeight", d.DensityWeight),
            Number(configuration, "ComplexityWeight", d.ComplexityWeight));
        return settings.Problem() is { } problem ? throw new InvalidOperationException(problem) : settings;
    }

    private static int WholeNumber(IConfiguration configuration, string name, int fallback)
    {
        var value = Number(configuration, name, fallback);
        return value == Math.Floor(value) && value is >= int.MinValue and <= int.MaxValue
            ? (int)value
            : throw new InvalidOperationException($"Chains:{name} must be a whole number; got '{configuration["Chains:" + name]}'.");
    }

    private static double Number(IConfiguration configuration, string name, double fallback)
    {
        var text = configuration["Chains:" + name];
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw new InvalidOperationException($"Chains:{name} must be a number; got '{text}'.");
    }
}
