using System.Collections.Concurrent;
using ClusterScope.Analytics.InputOutput;
using ClusterScope.Data.DefaultData;

namespace ClusterScope.Data.InputOutput;

/// <summary>
/// The input-output tables of the default data set for the page and the API: the catalogue, prepared (and regionalised)
/// tables kept once built, multipliers, and scenario impacts by sector. The maths is in ClusterScope.Analytics and
/// <see cref="IoAnalysis"/>.
/// </summary>
public sealed class IoWorkbench
{
    private const int KeptSetups = 24;
    private readonly ConcurrentDictionary<(string Table, RegionalisationMethod? Method, double Delta), IoSetup> _setups = new();
    private readonly Lazy<string?> _folder = new(() =>
    {
        try
        {
            var folder = DatasetLoader.Locate("jilin");
            return Directory.Exists(Path.Combine(folder, "io")) ? folder : null;
        }
        catch (DirectoryNotFoundException)
        {
            return null;
        }
    });

    private readonly Lazy<IReadOnlyList<IoTableEntry>> _tables;

    /// <summary>A workbench over the default data set beside the program; the folder is looked up once.</summary>
    public IoWorkbench() => _tables = new Lazy<IReadOnlyList<IoTableEntry>>(() => _folder.Value is { } folder
        ? [.. IoTableCatalogue.List(Path.Combine(folder, "io")).OrderByDescending(t => t.Year).ThenBy(t => t.SectorCount)]
        : []);

    /// <summary>The data set's folder when it has an io folder, else null.</summary>
    public string? DatasetFolder => _folder.Value;

    /// <summary>The shipped tables, newest first (listed once); empty when the data set's io folder is not beside the program.</summary>
    public IReadOnlyList<IoTableEntry> Tables() => _tables.Value;

    /// <summary>The table prepared for analysis, regionalised to Jilin when <paramref name="regionalisation"/> is given.</summary>
    /// <exception cref="ArgumentException">Unknown table, or a table the concordance does not cover asked to be regionalised.</exception>
    public IoSetup Setup(string table, IoRegionalisation? regionalisation)
    {
        var folder = _folder.Value ?? throw new ArgumentException("No input-output tables are loaded: the data set's io folder is not beside the program.");
        if (Tables().All(t => t.Id != table))
        {
            throw new ArgumentException($"No table '{table}'. Known: {string.Join(", ", Tables().Select(t => t.Id))}.");
        }

        var key = (table, regionalisation?.Method, regionalisation?.Delta ?? 0);
        if (_setups.Count >= KeptSetups)
        {
            _setups.Clear();
        }

        return _setups.GetOrAdd(key, _ => IoAnalysis.Prepare(folder, table, regionalisation));
    }

    /// <summary>A scenario's impact by sector: a final-demand change or an exogenous output change of one sector.</summary>
    /// <param name="setup">The prepared table.</param>
    /// <param name="shock">Final-demand change per sector, or for an output change the amount of the one non-zero sector; the table's unit.</param>
    /// <param name="outputChange">True for an exogenous output change of the single sector in <paramref name="shock"/>.</param>
    /// <param name="typeII">Households endogenous (induced effects); false for Type I.</param>
    /// <exception cref="ArgumentException">An output change names not exactly one sector.</exception>
    public static Impact Scenario(IoSetup setup, double[] shock, bool outputChange, bool typeII)
    {
        ArgumentNullException.ThrowIfNull(setup);
        ArgumentNullException.ThrowIfNull(shock);
        var model = typeII ? setup.Model : setup.Model with { HouseholdConsumption = null };
        if (!outputChange)
        {
            return Impacts.OfFinalDemand(model, shock);
        }

        var sectors = shock.Select((v, i) => (v, i)).Where(p => p.v != 0).ToList();
        return sectors.Count == 1
            ? Impacts.OfOutputChange(model, sectors[0].i, sectors[0].v)
            : throw new ArgumentException("An output change is for one sector: give one sector and its amount.");
    }
}
