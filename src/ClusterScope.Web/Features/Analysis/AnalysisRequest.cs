using ClusterScope.Data.Analysis;

namespace ClusterScope.Web.Features.Analysis;

/// <summary>What the analysis page and API compute: a dataset, a measure and its options; validated with errors by parameter.</summary>
public sealed record AnalysisRequest(string Dataset, string Measure, int? Year, double Threshold, string? Variant,
    string? Convention = null, string? By = null, string? Proximity = null, int? Steps = null, string? Group = null)
{
    /// <summary>The measures offered on the database's datasets: every measure of the runner.</summary>
    public static IReadOnlyList<MeasureDefinition> Measures { get; } = AnalysisRunner.Measures;

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

        if (errors.Count == 0 && !AnalysisDatasets.Find(Dataset).Accepts(AnalysisRunner.Find(Measure)))
        {
            var fits = AnalysisDatasets.All.Where(d => d.Accepts(AnalysisRunner.Find(Measure))).Select(d => d.Code);
            errors["measure"] = [$"measure '{Measure}' does not run on dataset '{Dataset}'; it runs on: {string.Join(", ", fits)}."];
        }

        if (Measures.FirstOrDefault(m => m.Name == Measure) is { } definition)
        {
            foreach (var (name, value, accepted) in new[]
                     {
                         ("variant", Variant, definition.Variants), ("convention", Convention, definition.Conventions),
                         ("by", By, definition.By), ("proximity", Proximity, definition.Proximities),
                     })
            {
                if (AnalysisRunner.OptionError(definition, name, value, accepted) is { } error)
                {
                    errors[name] = [error];
                }
            }

            foreach (var (name, given) in new[] { ("steps", Steps is not null), ("group", Group is not null) })
            {
                if (given && !definition.Parameters.Contains(name))
                {
                    errors[name] = [$"{name}: '{definition.Name}' has no {name}; leave it out."];
                }
            }
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
        var options = new AnalysisOptions(Threshold, Variant: Variant, Convention: Convention, By: By, Proximity: Proximity, Steps: Steps,
            Group: Group?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        options = AnalysisRunner.Find(Measure).IsPanel ? options with { EndYear = Year } : options with { Year = Year };
        var (table, year) = await datasets.RunAsync(Dataset, Measure, options, chinese, ct);
        return (table, year, AnalysisDatasets.Find(Dataset));
    }
}
