using Microsoft.Extensions.Configuration;

namespace ClusterScope.Data.Intake;

/// <summary>The bounds within which an uploaded or imported CSV or XLSX file is read; a file beyond any of them is refused
/// with a message that names the bound, so memory and time stay bounded whatever the file holds.</summary>
/// <param name="MaxUploadBytes">Largest upload the web app accepts (bigger requests get 413).</param>
/// <param name="MaxRows">Most rows, header included.</param>
/// <param name="MaxColumns">Most columns in a row.</param>
/// <param name="MaxCellChars">Most characters in one cell; 32,767 is also Excel's own limit.</param>
/// <param name="MaxUnpackedBytes">Most bytes an XLSX may unpack to, all parts together.</param>
/// <param name="MaxCompressionRatio">Most unpacked bytes per packed byte of one XLSX part; real sheets pack 5–30 times.</param>
/// <param name="TimeBudget">Longest a file may take to read, per pass over it.</param>
/// <remarks>Settings under <c>Intake:</c> (e.g. <c>Intake__MaxRows=500000</c>); the defaults are documented in
/// docs/user/import.md.</remarks>
public sealed record IntakeLimits(
    long MaxUploadBytes = 50L * 1024 * 1024,
    int MaxRows = 2_000_000,
    int MaxColumns = 200,
    int MaxCellChars = 32_767,
    long MaxUnpackedBytes = 1024L * 1024 * 1024,
    int MaxCompressionRatio = 200,
    TimeSpan? TimeBudget = null)
{
    /// <summary>The time budget, two minutes unless set.</summary>
    public TimeSpan Budget => TimeBudget ?? TimeSpan.FromMinutes(2);

    /// <summary>The defaults, for callers without configuration.</summary>
    public static IntakeLimits Default { get; } = new();

    /// <summary>Reads the <c>Intake</c> section; a missing key keeps its default.</summary>
    /// <exception cref="InvalidOperationException">A setting is not a positive number.</exception>
    public static IntakeLimits From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection("Intake");
        var d = Default;
        return new IntakeLimits(
            Positive(section, nameof(MaxUploadBytes), d.MaxUploadBytes),
            (int)Positive(section, nameof(MaxRows), d.MaxRows),
            (int)Positive(section, nameof(MaxColumns), d.MaxColumns),
            (int)Positive(section, nameof(MaxCellChars), d.MaxCellChars),
            Positive(section, nameof(MaxUnpackedBytes), d.MaxUnpackedBytes),
            (int)Positive(section, nameof(MaxCompressionRatio), d.MaxCompressionRatio),
            TimeSpan.FromSeconds(Positive(section, "TimeBudgetSeconds", (long)d.Budget.TotalSeconds)));
    }

    private static long Positive(IConfigurationSection section, string key, long fallback)
    {
        var text = section[key];
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        return long.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value)
            && value > 0 && value <= int.MaxValue * (key.EndsWith("Bytes", StringComparison.Ordinal) ? 1024L : 1L)
            ? value
            : throw new InvalidOperationException($"Setting Intake:{key} is '{text}'; it must be a positive whole number.");
    }
}
