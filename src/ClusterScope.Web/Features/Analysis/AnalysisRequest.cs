using ClusterScope.Data.Analysis;

namespace ClusterScope.Web.Features.Analysis;

/// <summary>What the analysis page and API compute: a dataset, a measure and its options; validated with errors by parameter.</summary>
public sealed record AnalysisRequest(string Dataset, string Measure, int? Year, double Threshold, string? Variant)
{
    /// <summary>The measures offered on database matrices (the region x industry ones, shift-share aside).</summary>
    public static IReadOnlyList<MeasureDefinition> Measures { get; } =
        AnalysisRunner.Measures.Where(m => m.Input == MeasureInput.RegionIndustry && m.Name != "shiftshare").ToList();

    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (AnalysisDatasets.All.All(d => d.Code != Dataset))
        {
            errors["dataset"] = [$"dataset '{Dataset}' does not exist; use one of: {string.Join(", ", AnalysisDatasets.All.Select(d => d.Code))}."];
        }

        if (Measures.All(m => m.Name != Measure))
        {
            errors["measure"] = [$"measure '{Measure}' is not offered here; use one of: {string.Join(", ", Measures.Select(m => m.Name))}."];
        }

        if (Year is < 1949 or > 2100)
        {
            errors["year"] = [$"year must be between 1949 and 2100; got {Year}."];
        }

        if (!double.IsFinite(Threshold) || Threshold <= 0)
        {
            errors["threshold"] = [$"threshold must be a positive number; got {Threshold}."];
        }

        return errors;
    }

    public async Task<(AnalysisTable Table, int? Year, AnalysisDataset Dataset)> RunAsync(AnalysisDatasets datasets, bool chinese, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(datasets);
        var (panel, year) = await datasets.BuildAsync(Dataset, Year, chinese, ct);
        return (AnalysisRunner.Run(Measure, panel, new AnalysisOptions(Threshold, Variant: Variant)), year, AnalysisDatasets.Find(Dataset));
    }
}
