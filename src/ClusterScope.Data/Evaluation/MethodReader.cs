using System.Text.Json;
using ClusterScope.Analytics.Composite;
using ClusterScope.Domain.Evaluation;

namespace ClusterScope.Data.Evaluation;

/// <summary>Reads the <c>method</c> and <c>uncertainty</c> objects of a framework file into engine specifications.</summary>
internal static class MethodReader
{
    private static readonly string[] Normalisations =
        ["minMax", "zScore", "rank", "percentileRank", "borda", "scaled", "fractionOfMax", "distanceToBest", "distanceToTarget"];

    private static readonly string[] Means = ["arithmetic", "geometric", "harmonic", "generalised"];

    public static EvaluationMethod Method(JsonWalker json, JsonElement root)
    {
        const string path = "$.method";
        var defaults = EvaluationMethod.Default;
        if (json.Property(root, "$", "method", false) is not { } method
            || !json.Object(method, path, "imputation", "outliers", "normalisation", "aggregation", "weights", "minimumDataAvailability"))
        {
            return defaults;
        }

        var imputation = json.Property(method, path, "imputation", false) is { } i
            ? json.Choice(i, $"{path}.imputation", "none", "mean", "median", "groupMean", "groupMedian", "carryLastPeriod") switch
            {
                "none" => new ImputationSpec.None(),
                "median" => new ImputationSpec.Median(),
                "groupMean" => new ImputationSpec.GroupMean(),
                "groupMedian" => new ImputationSpec.GroupMedian(),
                "carryLastPeriod" => new ImputationSpec.CarryLastPeriod(),
                _ => (ImputationSpec)new ImputationSpec.Mean(),
            }
            : defaults.Imputation;
        var treatment = json.Property(method, path, "outliers", false) is { } o ? Treatment(json, o, $"{path}.outliers") : defaults.Treatment;
        var normalisation = json.Property(method, path, "normalisation", false) is { } n
            ? Normalisation(json, n, $"{path}.normalisation") ?? defaults.Normalisation
            : defaults.Normalisation;
        var (dimensions, index) = (defaults.DimensionAggregation, defaults.IndexAggregation);
        if (json.Property(method, path, "aggregation", false) is { } a)
        {
            if (a.ValueKind == JsonValueKind.Object && (a.TryGetProperty("dimensions", out _) || a.TryGetProperty("index", out _)))
            {
                json.Object(a, $"{path}.aggregation", "dimensions", "index");
                dimensions = json.Property(a, $"{path}.aggregation", "dimensions", true) is { } d ? Aggregation(json, d, $"{path}.aggregation.dimensions") ?? dimensions : dimensions;
                index = json.Property(a, $"{path}.aggregation", "index", true) is { } x ? Aggregation(json, x, $"{path}.aggregation.index") ?? index : index;
            }
            else
            {
                dimensions = index = Aggregation(json, a, $"{path}.aggregation") ?? dimensions;
            }
        }

        var weights = json.Property(method, path, "weights", false) is { } w
            ? json.Choice(w, $"{path}.weights", "framework", "equal", "pca") switch
            {
                "equal" => new WeightSpec.Equal(),
                "pca" => new WeightSpec.PrincipalComponent(),
                _ => (WeightSpec)new WeightSpec.Framework(),
            }
            : defaults.Weights;
        var availability = json.Number(method, path, "minimumDataAvailability") ?? 0;
        if (availability is < 0 or > 1)
        {
            json.Error($"{path}.minimumDataAvailability", "must be a share between 0 and 1");
        }

        // A geometric or harmonic mean is refused only where a value it cannot take reaches it (the engine names the unit and
        // indicator): z-scores around a mean of 100 (COINr n_zscore(m_sd = c(100, 10)) + a_gmean) are common practice.
        return new EvaluationMethod(imputation, treatment, normalisation, dimensions, index, weights, availability);
    }

    public static UncertaintyOptions Uncertainty(JsonWalker json, JsonElement root, EvaluationMethod method)
    {
        const string path = "$.uncertainty";
        if (json.Property(root, "$", "uncertainty", false) is not { } u
            || !json.Object(u, path, "weightPerturbation", "normalisations", "aggregations", "varyInclusion"))
        {
            return Check(json, new UncertaintyOptions(), method);
        }

        var perturbation = json.Number(u, path, "weightPerturbation") ?? 0.25;
        if (perturbation is < 0 or >= 1)
        {
            json.Error($"{path}.weightPerturbation", "must be at least 0 and below 1 (0.25 means +-25 %)");
        }

        var normalisations = json.Property(u, path, "normalisations", false) is null ? null
            : json.Array(u, path, "normalisations").Select(n => Normalisation(json, n.Item, n.Path)).OfType<NormalisationSpec>().ToArray();
        var aggregations = json.Property(u, path, "aggregations", false) is null ? null
            : json.Array(u, path, "aggregations").Select(a => Aggregation(json, a.Item, a.Path)).OfType<AggregationSpec>().ToArray();
        if (normalisations is { Length: 0 } || aggregations is { Length: 0 })
        {
            json.Error(path, "a list of alternatives must not be empty (leave it out to keep the method's choice)");
        }

        return Check(json, new UncertaintyOptions(perturbation, normalisations, aggregations, json.Boolean(u, path, "varyInclusion") ?? false), method);
    }

    private static UncertaintyOptions Check(JsonWalker json, UncertaintyOptions options, EvaluationMethod method)
    {
        if (options.Aggregations is null && method.DimensionAggregation != method.IndexAggregation)
        {
            json.Error("$.uncertainty.aggregations", "is required when dimensions and index aggregate differently (the Monte Carlo draws one mean for both levels)");
        }

        return options;
    }

    private static TreatmentSpec Treatment(JsonWalker json, JsonElement value, string path)
    {
        if (value.ValueKind == JsonValueKind.String)
        {
            return json.Choice(value, path, "none", "winsorise") == "none" ? new TreatmentSpec.None() : new TreatmentSpec.Winsorise();
        }

        if (!json.Object(value, path, "method", "winMax", "skewness", "kurtosis", "fallback", "transform")
            || json.Property(value, path, "method", true) is not { } method)
        {
            return new TreatmentSpec.Winsorise();
        }

        switch (json.Choice(method, $"{path}.method", "none", "winsorise", "log"))
        {
            case "none":
                return new TreatmentSpec.None();
            case "log":
                return new TreatmentSpec.Transform(json.Property(value, path, "transform", true) is { } t ? Log(json, t, $"{path}.transform") : LogTransform.LogCt);
            default:
                var winMax = json.Integer(value, path, "winMax") ?? 5;
                if (winMax < 0)
                {
                    json.Error($"{path}.winMax", "must not be negative");
                }

                return new TreatmentSpec.Winsorise(winMax, Positive(json, value, path, "skewness", 2), Positive(json, value, path, "kurtosis", 3.5),
                    json.Property(value, path, "fallback", false) is { } f ? Log(json, f, $"{path}.fallback") : LogTransform.LogCt);
        }
    }

    private static LogTransform Log(JsonWalker json, JsonElement value, string path) =>
        json.Choice(value, path, "none", "natural", "logCt", "logCtPlusOne", "logGii") switch
        {
            "none" => LogTransform.None,
            "natural" => LogTransform.Natural,
            "logCtPlusOne" => LogTransform.LogCtPlusOne,
            "logGii" => LogTransform.LogGii,
            _ => LogTransform.LogCt,
        };

    private static NormalisationSpec? Normalisation(JsonWalker json, JsonElement value, string path)
    {
        var (name, obj) = Named(json, value, path, Normalisations, "low", "high", "mean", "sd", "capAtOne");
        switch (name)
        {
            case "minMax" or "scaled":
                var low = obj is { } o1 ? json.Number(o1, path, "low") ?? 0 : 0;
                var high = obj is { } o2 ? json.Number(o2, path, "high") ?? 100 : 100;
                if (!(high > low))
                {
                    json.Error($"{path}.high", "must be greater than low");
                }

                return name == "minMax" ? new NormalisationSpec.MinMax(low, high) : new NormalisationSpec.Scaled(low, high);
            case "zScore":
                return new NormalisationSpec.ZScore(obj is { } o3 ? json.Number(o3, path, "mean") ?? 0 : 0, obj is { } o4 ? Positive(json, o4, path, "sd", 1) : 1);
            case "rank":
                return new NormalisationSpec.Rank();
            case "percentileRank":
                return new NormalisationSpec.PercentileRank();
            case "borda":
                return new NormalisationSpec.Borda();
            case "fractionOfMax":
                return new NormalisationSpec.FractionOfMax();
            case "distanceToBest":
                return new NormalisationSpec.DistanceToBest();
            case "distanceToTarget":
                return new NormalisationSpec.DistanceToTarget(obj is { } o5 && (json.Boolean(o5, path, "capAtOne") ?? false));
            default:
                return null;
        }
    }

    private static AggregationSpec? Aggregation(JsonWalker json, JsonElement value, string path)
    {
        var (name, obj) = Named(json, value, path, Means, "p", "missing");
        switch (name)
        {
            case "arithmetic":
                return new AggregationSpec.ArithmeticMean();
            case "geometric":
                return new AggregationSpec.GeometricMean();
            case "harmonic":
                return new AggregationSpec.HarmonicMean();
            case "generalised" when obj is { } o:
                var p = json.Number(o, path, "p", true) ?? 1;
                if (p == 0)
                {
                    json.Error($"{path}.p", "must not be 0 (use \"geometric\")");
                }

                var missing = json.Property(o, path, "missing", false) is { } m && json.Choice(m, $"{path}.missing", "drop", "coinrNa") == "coinrNa";
                return new AggregationSpec.GeneralisedMean(p, missing ? GenmeanMissing.CoinrNa : GenmeanMissing.Drop);
            case "generalised":
                json.Error(path, "a generalised mean needs its order: {\"method\": \"generalised\", \"p\": 2}");
                return null;
            default:
                return null;
        }
    }

    /// <summary>A method given as a bare name or as an object with <c>method</c> and parameters.</summary>
    private static (string? Name, JsonElement? Object) Named(JsonWalker json, JsonElement value, string path, string[] names, params string[] parameters)
    {
        if (value.ValueKind == JsonValueKind.String)
        {
            return (json.Choice(value, path, names), null);
        }

        if (!json.Object(value, path, ["method", .. parameters]) || json.Property(value, path, "method", true) is not { } method)
        {
            return (null, null);
        }

        return (json.Choice(method, $"{path}.method", names), value);
    }

    private static double Positive(JsonWalker json, JsonElement obj, string path, string name, double fallback)
    {
        var x = json.Number(obj, path, name) ?? fallback;
        if (!(x > 0))
        {
            json.Error($"{path}.{name}", "must be positive");
        }

        return x;
    }
}
