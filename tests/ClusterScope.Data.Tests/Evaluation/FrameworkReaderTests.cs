using ClusterScope.Analytics.Composite;
using ClusterScope.Data.Evaluation;
using System.Text.RegularExpressions;
using ClusterScope.Domain;
using ClusterScope.Domain.Evaluation;

namespace ClusterScope.Data.Tests.Evaluation;

public partial class FrameworkReaderTests
{
    private const string Minimal = """
        {
          // People edit these files by hand: comments and trailing commas are fine.
          "format": "clusterscope-framework",
          "formatVersion": 1,
          "code": "m",
          "version": "1",
          "name": "Minimal",
          "index": { "code": "INDEX" },
          "dimensions": [ { "code": "D" } ],
          "indicators": [ { "code": "x", "dimension": "D", "direction": "+" }, { "code": "y", "dimension": "D", "direction": "-", "weight": 2 }, ],
          %EXTRA%
        }
        """;

    private static string With(string extra) => Minimal.Replace("%EXTRA%", extra, StringComparison.Ordinal);

    private static IReadOnlyList<string> Errors(string json)
    {
        Assert.False(FrameworkReader.TryParse(json, out _, out var errors));
        return errors;
    }

    public static TheoryData<string> Templates() =>
        [.. Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "data"), "*.json", SearchOption.AllDirectories)
            .Where(f => f.Contains($"{Path.DirectorySeparatorChar}frameworks{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => Path.GetFileName(f))];

    [Theory]
    [MemberData(nameof(Templates))]
    public void Every_framework_template_of_the_default_data_is_valid(string file)
    {
        var path = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "data"), file, SearchOption.AllDirectories).Single();
        var framework = FrameworkReader.Read(path);
        Assert.NotEmpty(framework.Indicators);
        Assert.All(framework.Indicators, i => Assert.Contains(framework.Dimensions, d => d.Code == i.Dimension));
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Every_framework_template_names_everything_in_Chinese_and_keeps_its_English_names_English(string file)
    {
        var framework = FrameworkReader.Read(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "data"), file, SearchOption.AllDirectories).Single());
        IBilingualName[] named = [framework, framework.Index, .. framework.Dimensions, .. framework.Indicators, .. framework.Awards];
        Assert.All(named, n => Assert.Matches(Han(), n.NameZh ?? ""));
        Assert.All(named, n => Assert.DoesNotMatch(Han(), n.Name));
        Assert.Matches(Han(), framework.DescriptionZh ?? "");
        Assert.All(framework.HardThresholds.Where(t => t.Reason is not null), t => Assert.Matches(Han(), t.ReasonZh ?? ""));
        Assert.All(framework.AtLeastRules.Where(r => r.Reason is not null), r => Assert.Matches(Han(), r.ReasonZh ?? ""));
    }

    [Fact]
    public void Chinese_names_are_read_where_given_and_absent_otherwise()
    {
        var framework = FrameworkReader.Parse(With("""
            "nameZh": "最小", "awards": [{ "code": "a", "name": "A", "nameZh": "甲", "rule": "mostImproved" }],
            "hardThresholds": [{ "indicator": "x", "min": 1, "reason": "why", "reasonZh": "理由" }]
            """));
        Assert.Equal("最小", framework.NameZh);
        Assert.Equal("最小", framework.NameIn(chinese: true));
        Assert.Equal("Minimal", framework.NameIn(chinese: false));
        Assert.Equal("甲", framework.Awards[0].NameZh);
        Assert.Equal("理由", framework.HardThresholds[0].ReasonZh);
        Assert.Null(framework.Dimensions[0].NameZh);
        Assert.Equal("D", framework.Dimensions[0].NameIn(chinese: true));
        Assert.Contains(Errors(With("\"nameZH\": \"x\"")), e => e.Contains("nameZH", StringComparison.Ordinal));
    }

    [Fact]
    public void The_example_of_the_format_documentation_is_a_valid_framework()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(directory!.FullName, "ClusterScope.slnx")))
        {
            directory = directory.Parent;
        }

        var text = File.ReadAllText(Path.Combine(directory.FullName, "docs", "evaluation", "framework-format.md"));
        var start = text.IndexOf("```json", StringComparison.Ordinal) + "```json".Length;
        var json = text[start..text.IndexOf("```", start, StringComparison.Ordinal)];
        Assert.True(FrameworkReader.TryParse(json, out var framework, out var errors), string.Join("\n", errors));
        Assert.Equal(20, framework.GroupWeights[0].Weights["OPENING"]);
        Assert.Equal(4, framework.Indicators.Count);
    }

    [Fact]
    public void The_2021_national_template_has_the_official_weights_and_the_demotion_rule()
    {
        var framework = FrameworkReader.Read(Path.Combine(AppContext.BaseDirectory, "data", "jilin", "frameworks", "national-etdz-2021.json"));
        Assert.Equal([30.0, 30, 15, 15, 10], framework.Dimensions.Select(d => d.Weight));
        Assert.All(framework.Dimensions, d => Assert.Equal(SourceKind.Official, d.WeightSource));
        Assert.Equal(new DemotionRule(2, 5, 3, RankingScope.Group), framework.Demotion);
    }

    [Fact]
    public void The_2016_national_template_marks_its_equal_weights_as_assumed()
    {
        var framework = FrameworkReader.Read(Path.Combine(AppContext.BaseDirectory, "data", "jilin", "frameworks", "national-etdz-2016.json"));
        Assert.All(framework.Dimensions, d => Assert.Equal((1.0, SourceKind.Official, SourceKind.Assumed), (d.Weight, d.Source, d.WeightSource)));
    }

    [Fact]
    public void A_minimal_file_gets_COINr_defaults()
    {
        Assert.True(FrameworkReader.TryParse(With(""), out var framework, out var errors), string.Join("\n", errors));
        Assert.Equal(EvaluationMethod.Default, framework.Method);
        Assert.Equal(Direction.Negative, framework.Indicators[1].Direction);
        Assert.Equal(2, framework.Indicators[1].Weight);
        Assert.Equal(new UncertaintyOptions(), framework.Uncertainty);
        Assert.False(framework.RanksOnly);
    }

    [Fact]
    public void Every_method_option_is_read()
    {
        Assert.True(FrameworkReader.TryParse(With("""
            "method": {
              "imputation": "groupMedian",
              "outliers": { "method": "log", "transform": "logGii" },
              "normalisation": { "method": "zScore", "mean": 100, "sd": 10 },
              "aggregation": { "dimensions": "arithmetic", "index": { "method": "generalised", "p": 2, "missing": "coinrNa" } },
              "weights": "pca",
              "minimumDataAvailability": 0.66
            },
            "uncertainty": { "weightPerturbation": 0.1, "aggregations": ["arithmetic", "harmonic"], "normalisations": ["rank"], "varyInclusion": true },
            "publication": { "ranksOnly": true }
            """), out var framework, out var errors), string.Join("\n", errors));
        Assert.Equal(new EvaluationMethod(new ImputationSpec.GroupMedian(), new TreatmentSpec.Transform(LogTransform.LogGii),
            new NormalisationSpec.ZScore(100, 10), new AggregationSpec.ArithmeticMean(), new AggregationSpec.GeneralisedMean(2, GenmeanMissing.CoinrNa),
            new WeightSpec.PrincipalComponent(), 0.66), framework.Method);
        Assert.Equal(0.1, framework.Uncertainty.WeightPerturbation);
        Assert.Equal([new NormalisationSpec.Rank()], framework.Uncertainty.Normalisations!);
        Assert.True(framework.RanksOnly && framework.Uncertainty.VaryInclusion);
    }

    [Fact]
    public void A_geometric_mean_after_z_scores_and_an_uncertainty_grid_over_such_choices_are_accepted()
    {
        // COINr n_zscore(m_sd = c(100, 10)) + a_gmean: values around 100; a value <= 0 is refused only if one reaches the mean.
        Assert.True(FrameworkReader.TryParse(With("""
            "method": { "normalisation": { "method": "zScore", "mean": 100, "sd": 10 }, "aggregation": "geometric" },
            "uncertainty": { "normalisations": [ { "method": "zScore", "mean": 100, "sd": 10 }, { "method": "zScore", "mean": 100, "sd": 15 } ],
              "aggregations": ["geometric", "arithmetic"] }
            """), out var framework, out var errors), string.Join("\n", errors));
        Assert.Equal(new NormalisationSpec.ZScore(100, 10), framework.Method.Normalisation);
        Assert.Equal(new AggregationSpec.GeometricMean(), framework.Method.IndexAggregation);
        Assert.Equal([new NormalisationSpec.ZScore(100, 10), new NormalisationSpec.ZScore(100, 15)], framework.Uncertainty.Normalisations!);
    }

    [Fact]
    public void Rules_are_read_with_their_reasons()
    {
        Assert.True(FrameworkReader.TryParse(With("""
            "groupWeights": [ { "group": "West", "weights": { "D": 2, "x": 3 } } ],
            "hardThresholds": [ { "indicator": "x", "min": 1, "reason": "r" } ],
            "atLeast": [ { "k": 1, "conditions": [ { "indicator": "x", "min": 5 }, { "indicator": "y", "max": 2 } ] } ],
            "awards": [ { "code": "a", "rule": "topShare", "share": 0.1, "intervalWithin": 0.25 }, { "code": "b", "rule": "mostImproved", "count": 2 } ],
            "demotion": { "placings": 2, "bottom": 5, "years": 3 }
            """), out var framework, out var errors), string.Join("\n", errors));
        Assert.Equal(3, framework.GroupWeights[0].Weights["x"]);
        Assert.Equal(new HardThreshold(new IndicatorCondition("x", 1), "r"), framework.HardThresholds[0]);
        Assert.Equal([new IndicatorCondition("x", 5), new IndicatorCondition("y", null, 2)], framework.AtLeastRules[0].Conditions);
        Assert.Equal(new AwardRule.TopShare("a", "a", 0.1, 0.25), framework.Awards[0]);
        Assert.Equal(new AwardRule.MostImproved("b", "b", 2), framework.Awards[1]);
    }

    [Theory]
    [InlineData("\"method\": { \"normalisation\": \"distanceToTarget\" }", "$.indicators[0].target: is required: the method normalises by distance to target")]
    [InlineData("\"method\": { \"normalisation\": { \"method\": \"minMax\", \"low\": 1 }, \"aggregation\": { \"dimensions\": \"arithmetic\", \"index\": \"geometric\" } }", "$.uncertainty.aggregations: is required when dimensions and index aggregate differently")]
    [InlineData("\"method\": { \"minimumDataAvailability\": 66 }", "$.method.minimumDataAvailability: must be a share between 0 and 1")]
    [InlineData("\"method\": { \"normalisation\": { \"method\": \"minMax\", \"low\": 100, \"high\": 0 } }", "$.method.normalisation.high: must be greater than low")]
    [InlineData("\"method\": { \"aggregation\": { \"method\": \"generalised\" } }", "$.method.aggregation.p: is required")]
    [InlineData("\"uncertainty\": { \"weightPerturbation\": 1 }", "$.uncertainty.weightPerturbation: must be at least 0 and below 1")]
    [InlineData("\"groupWeights\": [ { \"group\": \"W\", \"weights\": { \"q\": 2 } } ]", "$.groupWeights[0].weights.q: unknown property")]
    [InlineData("\"atLeast\": [ { \"k\": 3, \"conditions\": [ { \"indicator\": \"x\", \"min\": 1 } ] } ]", "$.atLeast[0].k: must be between 1 and the number of conditions (1)")]
    [InlineData("\"hardThresholds\": [ { \"indicator\": \"x\" } ]", "$.hardThresholds[0]: give min, max or both")]
    [InlineData("\"awards\": [ { \"code\": \"a\", \"rule\": \"best\" } ]", "$.awards[0].rule: must be one of \"topShare\", \"mostImproved\", not \"best\"")]
    [InlineData("\"demotion\": { \"placings\": 4, \"years\": 3 }", "$.demotion.placings: 4 placings cannot fit in 3 years")]
    [InlineData("\"format\": \"other\"", "$.format: must be \"clusterscope-framework\"")]
    public void A_bad_option_is_reported_at_its_JSON_path(string extra, string expected)
    {
        var json = With(extra);
        if (extra.StartsWith("\"format\"", StringComparison.Ordinal))
        {
            json = Minimal.Replace("\"format\": \"clusterscope-framework\",", extra + ",", StringComparison.Ordinal).Replace("%EXTRA%", string.Empty, StringComparison.Ordinal);
        }

        Assert.Contains(Errors(json), e => e.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Structural_errors_name_their_paths()
    {
        var errors = Errors("""
            { "format": "clusterscope-framework", "formatVersion": 1, "code": "c", "version": "1", "name": "n",
              "index": { "code": "D" }, "dimensions": [ { "code": "D" }, { "code": "E", "weight": "heavy" } ],
              "indicators": [ { "code": "x y", "dimension": "D", "direction": "+" }, { "code": "z", "direction": "+" } ] }
            """);
        Assert.Contains("$.dimensions[0].code: 'D' is already used by $.index", errors);
        Assert.Contains("$.dimensions[1].weight: must be a finite number, not \"heavy\"", errors);
        Assert.Contains("$.indicators[0].code: 'x y' must not contain spaces or commas (it names a column of the data and of the results)", errors);
        Assert.Contains("$.indicators[1].dimension: is required", errors);
    }

    [Fact]
    public void A_file_that_is_not_json_or_not_there_is_a_plain_error()
    {
        Assert.StartsWith("$: not valid JSON (line 1", Errors("{ \"format\": ")[0], StringComparison.Ordinal);
        Assert.Contains("must be an object, not an array", Errors("[]")[0], StringComparison.Ordinal);
        Assert.Throws<FileNotFoundException>(() => FrameworkReader.Read(Path.Combine(Path.GetTempPath(), "no-such-framework.json")));
        var error = Assert.Throws<InvalidDataException>(() => FrameworkReader.Parse("{}", "f.json"));
        Assert.StartsWith("f.json: 8 error(s) in the framework:", error.Message, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Han();
}
