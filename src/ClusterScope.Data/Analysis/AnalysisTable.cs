namespace ClusterScope.Data.Analysis;

/// <summary>A measure's result in long format: named columns, one row per result (labels as text, numbers as double).</summary>
public sealed class AnalysisTable(IReadOnlyList<string> columns)
{
    private readonly List<object?[]> _rows = [];

    /// <summary>Column names, e.g. <c>region,industry,lq</c>.</summary>
    public IReadOnlyList<string> Columns { get; } = columns;

    /// <summary>The code of each region or industry label in the rows (e.g. <c>Nanguan District</c> to <c>220102</c>); empty when unknown.</summary>
    public IReadOnlyDictionary<string, string> Codes { get; set; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The rows, each with one value per column.</summary>
    public IReadOnlyList<object?[]> Rows => _rows;

    /// <summary>Adds a row.</summary>
    /// <exception cref="ArgumentException">The row has the wrong number of values.</exception>
    public void Add(params object?[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length != Columns.Count)
        {
            throw new ArgumentException($"A row of {Columns.Count} values was expected, got {values.Length}.", nameof(values));
        }

        _rows.Add(values);
    }

    /// <summary>The same table with a leading column holding one value (e.g. the year) in every row.</summary>
    public AnalysisTable Prefixed(string column, object value)
    {
        var table = new AnalysisTable([column, .. Columns]) { IsSample = IsSample, Codes = Codes };
        foreach (var row in _rows)
        {
            table.Add([value, .. row]);
        }

        return table;
    }

    /// <summary>Whether the result rests on generated sample figures (<see cref="WithProvenance"/>); false until marked.</summary>
    public bool IsSample { get; private init; }

    /// <summary>How many rows rest on sample figures.</summary>
    public int SampleRows => IsSample ? _rows.Count : 0;

    /// <summary>The same table with a last <c>provenance</c> column, <c>sample</c> or <c>real</c> in every row.</summary>
    /// <param name="sample">Whether the input figures are sample: a result computed from any sample figure is itself sample.</param>
    public AnalysisTable WithProvenance(bool sample)
    {
        var table = new AnalysisTable([.. Columns, "provenance"]) { IsSample = sample, Codes = Codes };
        foreach (var row in _rows)
        {
            table.Add([.. row, sample ? "sample" : "real"]);
        }

        return table;
    }

    /// <summary>Appends the rows of tables with the same columns.</summary>
    public static AnalysisTable Concat(IReadOnlyList<AnalysisTable> tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        var result = new AnalysisTable(tables[0].Columns);
        foreach (var row in tables.SelectMany(t => t.Rows))
        {
            result.Add(row);
        }

        return result;
    }
}
