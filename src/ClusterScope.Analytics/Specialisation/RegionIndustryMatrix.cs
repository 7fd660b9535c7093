namespace ClusterScope.Analytics.Specialisation;

/// <summary>A region x industry matrix with its row and column labels, built from or written to long format.</summary>
/// <param name="Regions">Row labels, in row order.</param>
/// <param name="Industries">Column labels, in column order.</param>
/// <param name="Values">Regions in rows, industries in columns.</param>
/// <remarks>Long format is how trade and employment data usually arrive (py-ecomplexity <c>ecomplexity()</c> reads
/// it): one (region, industry, value) per line, absent cells meaning 0. Nothing here reads or writes files.</remarks>
public sealed record RegionIndustryMatrix(IReadOnlyList<string> Regions, IReadOnlyList<string> Industries, Matrix Values)
{
    /// <summary>Builds the matrix from long-format cells; labels keep the order in which they first appear.</summary>
    /// <param name="cells">One entry per (region, industry) pair; absent pairs are 0.</param>
    /// <remarks>Rectangularises as py-ecomplexity 0.5.2 does (missing cells get value 0). Labels are compared ordinally.</remarks>
    /// <exception cref="ArgumentException">A pair occurs twice, a label is empty, or a value is NaN (the message names the pair).</exception>
    public static RegionIndustryMatrix FromLong(IEnumerable<RegionIndustryValue> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var regions = new LabelIndex();
        var industries = new LabelIndex();
        var seen = new Dictionary<(int, int), double>();
        foreach (var cell in cells)
        {
            if (string.IsNullOrEmpty(cell.Region) || string.IsNullOrEmpty(cell.Industry))
            {
                throw new ArgumentException($"Cell ({cell.Region}, {cell.Industry}) has an empty label.", nameof(cells));
            }

            if (double.IsNaN(cell.Value))
            {
                throw new ArgumentException($"Cell ({cell.Region}, {cell.Industry}) is NaN.", nameof(cells));
            }

            var key = (regions.IndexOf(cell.Region), industries.IndexOf(cell.Industry));
            if (!seen.TryAdd(key, cell.Value))
            {
                throw new ArgumentException($"Cell ({cell.Region}, {cell.Industry}) occurs more than once.", nameof(cells));
            }
        }

        var values = new Matrix(regions.Labels.Count, industries.Labels.Count);
        foreach (var ((r, c), value) in seen)
        {
            values[r, c] = value;
        }

        return new RegionIndustryMatrix(regions.Labels, industries.Labels, values);
    }

    /// <summary>Every cell of <paramref name="result"/> (a matrix of the same shape, e.g. location quotients) in long format, region by region.</summary>
    /// <param name="result">A region x industry result computed from <see cref="Values"/>.</param>
    /// <remarks>Row-major order: all industries of the first region, then the next. NaN cells are kept.</remarks>
    /// <exception cref="ArgumentException"><paramref name="result"/> does not have the shape of the labels.</exception>
    public IReadOnlyList<RegionIndustryValue> ToLong(Matrix result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Rows != Regions.Count || result.Columns != Industries.Count)
        {
            throw new ArgumentException(
                $"The result is {result.Rows} x {result.Columns}; the labels are {Regions.Count} x {Industries.Count}.", nameof(result));
        }

        var cells = new List<RegionIndustryValue>(result.Rows * result.Columns);
        for (var r = 0; r < result.Rows; r++)
        {
            for (var c = 0; c < result.Columns; c++)
            {
                cells.Add(new RegionIndustryValue(Regions[r], Industries[c], result[r, c]));
            }
        }

        return cells;
    }

    /// <summary>A per-region result (one value per row) paired with the region labels.</summary>
    /// <param name="perRegion">One value per region, e.g. from <see cref="RegionalSpecialisation"/>.</param>
    /// <remarks>For writing a measure next to its region; the order is the row order.</remarks>
    /// <exception cref="ArgumentException">The length differs from the number of regions.</exception>
    public IReadOnlyList<KeyValuePair<string, double>> ByRegion(ReadOnlySpan<double> perRegion) => Label(Regions, perRegion);

    /// <summary>A per-industry result (one value per column) paired with the industry labels.</summary>
    /// <param name="perIndustry">One value per industry, e.g. from <see cref="IndustryConcentration"/>.</param>
    /// <remarks>For writing a measure next to its industry; the order is the column order.</remarks>
    /// <exception cref="ArgumentException">The length differs from the number of industries.</exception>
    public IReadOnlyList<KeyValuePair<string, double>> ByIndustry(ReadOnlySpan<double> perIndustry) => Label(Industries, perIndustry);

    private static KeyValuePair<string, double>[] Label(IReadOnlyList<string> labels, ReadOnlySpan<double> values)
    {
        if (values.Length != labels.Count)
        {
            throw new ArgumentException($"Got {values.Length} values for {labels.Count} labels.", nameof(values));
        }

        var pairs = new KeyValuePair<string, double>[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            pairs[i] = new KeyValuePair<string, double>(labels[i], values[i]);
        }

        return pairs;
    }

    private sealed class LabelIndex
    {
        private readonly Dictionary<string, int> _positions = new(StringComparer.Ordinal);

        public List<string> Labels { get; } = [];

        public int IndexOf(string label)
        {
            if (!_positions.TryGetValue(label, out var index))
            {
                index = Labels.Count;
                _positions.Add(label, index);
                Labels.Add(label);
            }

            return index;
        }
    }
}
