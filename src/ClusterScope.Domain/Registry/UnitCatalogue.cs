namespace ClusterScope.Domain.Registry;

/// <summary>The units a data set knows, looked up by code.</summary>
/// <remarks>A code not in the catalogue (a unit typed into a new target or framework) is still shown: under its code in
/// both languages, with <see cref="UnknownDecimals"/> decimals, so that a figure is never hidden for want of a name.</remarks>
public sealed class UnitCatalogue
{
    /// <summary>Decimals of a figure whose unit is not in the catalogue.</summary>
    public const int UnknownDecimals = 2;

    private readonly Dictionary<string, MeasurementUnit> _units;

    /// <summary>A catalogue of <paramref name="units"/>.</summary>
    /// <exception cref="ArgumentException">Two units share a code.</exception>
    public UnitCatalogue(IEnumerable<MeasurementUnit> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        _units = new(StringComparer.Ordinal);
        foreach (var unit in units)
        {
            if (!_units.TryAdd(unit.Code, unit))
            {
                throw new ArgumentException($"Unit '{unit.Code}' appears twice.", nameof(units));
            }
        }
    }

    /// <summary>A catalogue without units: every code shows as itself.</summary>
    public static UnitCatalogue Empty { get; } = new([]);

    /// <summary>The units, in no particular order.</summary>
    public IEnumerable<MeasurementUnit> Units => _units.Values;

    /// <summary>Whether the catalogue has a unit with this code.</summary>
    public bool Contains(string code) => _units.ContainsKey(code);

    /// <summary>The unit with this code, or one named by the code itself when the catalogue has none.</summary>
    public MeasurementUnit Find(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return _units.TryGetValue(code, out var unit) ? unit : new MeasurementUnit(code, code, code, UnknownDecimals);
    }
}
