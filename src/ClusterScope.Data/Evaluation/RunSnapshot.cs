using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ClusterScope.Data.Evaluation;

/// <summary>The exact input of a run: one value per unit and indicator (in evaluation order), the units' groups and the
/// previous run's ranks.</summary>
/// <remarks>Written as the run's <c>unit,indicator,value</c> CSV (and <c>unit,group</c>, <c>unit,rank</c>),
/// <see cref="EvaluationDataReader"/> reads back the same dataset, so <c>clusterscope evaluate</c> computes the same numbers.
/// Codes and group names are neutralised against formula injection (<see cref="Export.CsvCell.Field"/>), which the reader
/// undoes; values and ranks are numbers and are written as they are.</remarks>
public sealed record RunSnapshot(IReadOnlyList<RunValue> Values, IReadOnlyDictionary<string, string>? Groups,
    IReadOnlyDictionary<string, double>? PreviousRanks)
{
    private static readonly JsonSerializerOptions Json = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    /// <summary>The values as the JSON stored in <c>EvaluationRun.DataJson</c>.</summary>
    public string DataJson() => JsonSerializer.Serialize(Values, Json);

    /// <summary>Groups and previous ranks as the JSON stored in <c>EvaluationRun.InputsJson</c>.</summary>
    public string InputsJson() => JsonSerializer.Serialize(new RunInputs(Groups, PreviousRanks), Json);

    /// <summary>Reads a stored run's snapshot.</summary>
    public static RunSnapshot From(string dataJson, string inputsJson)
    {
        var values = JsonSerializer.Deserialize<List<RunValue>>(dataJson, Json) ?? [];
        var inputs = JsonSerializer.Deserialize<RunInputs>(inputsJson, Json) ?? new RunInputs(null, null);
        return new RunSnapshot(values, inputs.Groups, inputs.PreviousRanks);
    }

    /// <summary>The snapshot as the dataset <c>clusterscope evaluate</c> reads from its CSV.</summary>
    public EvaluationDataset ToDataset()
    {
        var units = Values.Select(v => v.Unit).Distinct(StringComparer.Ordinal).ToArray();
        var indicators = Values.Select(v => v.Indicator).Distinct(StringComparer.Ordinal).ToArray();
        var values = Values.ToDictionary(v => (v.Unit, v.Indicator, (string?)null), v => v.Value);
        var sample = HasProvenance ? Values.Where(v => v.Sample == true).Select(v => (v.Unit, v.Indicator, (string?)null)).ToHashSet() : null;
        return new EvaluationDataset(units, indicators, [], values, sample);
    }

    /// <summary>Whether every value says whether it is sample (runs stored before provenance was recorded do not).</summary>
    public bool HasProvenance => Values.Count > 0 && Values.All(v => v.Sample is not null);

    /// <summary><c>unit,indicator,value</c> and, when the run recorded it, <c>provenance</c> (<c>real</c> or <c>sample</c>);
    /// values in round-trip format so that they read back exactly.</summary>
    public string DataCsv() => HasProvenance
        ? Csv("unit,indicator,value,provenance", Values.Select(v => $"{Line(v)},{ProvenanceLabel(v.Sample == true)}"))
        : Csv("unit,indicator,value", Values.Select(Line));

    /// <summary>The provenance column's word for a figure: <c>sample</c> or <c>real</c>.</summary>
    public static string ProvenanceLabel(bool sample) => sample ? "sample" : "real";

    private static string Line(RunValue v) => $"{Field(v.Unit)},{Field(v.Indicator)},{v.Value.ToString("R", CultureInfo.InvariantCulture)}";

    /// <summary><c>unit,group</c>, or <see langword="null"/> when the run has no groups.</summary>
    public string? GroupsCsv() => Groups is null ? null : Csv("unit,group", Groups.Select(g => $"{Field(g.Key)},{Field(g.Value)}"));

    /// <summary><c>unit,rank</c> of the previous run, or <see langword="null"/> when there was none.</summary>
    public string? PreviousCsv() => PreviousRanks is null ? null
        : Csv("unit,rank", PreviousRanks.Select(p => $"{Field(p.Key)},{(double.IsNaN(p.Value) ? "NA" : p.Value.ToString("R", CultureInfo.InvariantCulture))}"));

    private static string Field(string text) => Export.CsvCell.Field(text);

    private static string Csv(string header, IEnumerable<string> lines)
    {
        var text = new StringBuilder(header).Append('\n');
        foreach (var line in lines)
        {
            text.Append(line).Append('\n');
        }

        return text.ToString();
    }

    private sealed record RunInputs(IReadOnlyDictionary<string, string>? Groups, IReadOnlyDictionary<string, double>? PreviousRanks);
}

/// <summary>One value of a run's data.</summary>
/// <param name="Unit">Unit code.</param>
/// <param name="Indicator">Indicator code.</param>
/// <param name="Value">The value (never missing: missing values are simply absent).</param>
/// <param name="Sample">Whether the value rests on generated sample figures; <see langword="null"/> in runs stored before
/// provenance was recorded.</param>
public sealed record RunValue(string Unit, string Indicator, double Value, bool? Sample = null);
