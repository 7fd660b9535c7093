using System.Text.Json;
using ClusterScope.Domain.Evaluation;

namespace ClusterScope.Data.Evaluation;

/// <summary>Reads the rules of a framework file: group weights, eligibility, publication, awards and demotion.</summary>
internal static class RulesReader
{
    public static GroupWeights[] GroupWeights(JsonWalker json, JsonElement root, HashSet<string> indicators, HashSet<string> dimensions)
    {
        var list = new List<GroupWeights>();
        foreach (var (item, path) in json.Array(root, "$", "groupWeights"))
        {
            if (!json.Object(item, path, "group", "weights") || json.String(item, path, "group", true) is not { } group)
            {
                continue;
            }

            if (list.Any(g => g.Group == group))
            {
                json.Error($"{path}.group", $"group '{group}' already has weights");
            }

            var weights = new Dictionary<string, double>(StringComparer.Ordinal);
            if (json.Property(item, path, "weights", true) is { } w && json.Object(w, $"{path}.weights"
                    , [.. dimensions, .. indicators]))
            {
                foreach (var property in w.EnumerateObject().Where(p => dimensions.Contains(p.Name) || indicators.Contains(p.Name)))
                {
                    var weight = json.Number(property.Value, $"{path}.weights.{property.Name}");
                    if (weight is not > 0)
                    {
                        json.Error($"{path}.weights.{property.Name}", "must be positive");
                    }

                    weights[property.Name] = weight ?? 1;
                }
            }

            list.Add(new GroupWeights(group, weights));
        }

        return [.. list];
    }

    public static HardThreshold[] HardThresholds(JsonWalker json, JsonElement root, HashSet<string> indicators) =>
        json.Array(root, "$", "hardThresholds")
            .Where(t => json.Object(t.Item, t.Path, "indicator", "min", "max", "reason", "reasonZh"))
            .Select(t => new HardThreshold(Condition(json, t.Item, t.Path, indicators), json.String(t.Item, t.Path, "reason"), json.String(t.Item, t.Path, "reasonZh")))
            .ToArray();

    public static AtLeastRule[] AtLeast(JsonWalker json, JsonElement root, HashSet<string> indicators)
    {
        var list = new List<AtLeastRule>();
        foreach (var (item, path) in json.Array(root, "$", "atLeast"))
        {
            if (!json.Object(item, path, "k", "conditions", "reason", "reasonZh"))
            {
                continue;
            }

            var conditions = json.Array(item, path, "conditions", true)
                .Where(c => json.Object(c.Item, c.Path, "indicator", "min", "max"))
                .Select(c => Condition(json, c.Item, c.Path, indicators)).ToArray();
            var k = json.Integer(item, path, "k", true) ?? 1;
            if (k < 1 || k > conditions.Length)
            {
                json.Error($"{path}.k", $"must be between 1 and the number of conditions ({conditions.Length})");
            }

            list.Add(new AtLeastRule(k, conditions, json.String(item, path, "reason"), json.String(item, path, "reasonZh")));
        }

        return [.. list];
    }

    public static bool RanksOnly(JsonWalker json, JsonElement root) =>
        json.Property(root, "$", "publication", false) is { } p && json.Object(p, "$.publication", "ranksOnly")
        && (json.Boolean(p, "$.publication", "ranksOnly") ?? false);

    public static AwardRule[] Awards(JsonWalker json, JsonElement root)
    {
        var list = new List<AwardRule>();
        foreach (var (item, path) in json.Array(root, "$", "awards"))
        {
            if (!json.Object(item, path, "code", "name", "nameZh", "rule", "share", "intervalWithin", "count", "minimumGain")
                || json.String(item, path, "code", true) is not { } code || json.Property(item, path, "rule", true) is not { } rule)
            {
                continue;
            }

            if (list.Any(a => a.Code == code))
            {
                json.Error($"{path}.code", $"award '{code}' is defined twice");
            }

            var name = json.String(item, path, "name") ?? code;
            var nameZh = json.String(item, path, "nameZh");
            switch (json.Choice(rule, $"{path}.rule", "topShare", "mostImproved"))
            {
                case "topShare":
                    list.Add(new AwardRule.TopShare(code, name, Share(json, item, path, "share"), Share(json, item, path, "intervalWithin")) { NameZh = nameZh });
                    break;
                case "mostImproved":
                    var count = json.Integer(item, path, "count") ?? 1;
                    var gain = json.Integer(item, path, "minimumGain") ?? 1;
                    if (count < 1)
                    {
                        json.Error($"{path}.count", "must be at least 1");
                    }

                    if (gain < 1)
                    {
                        json.Error($"{path}.minimumGain", "must be at least 1");
                    }

                    list.Add(new AwardRule.MostImproved(code, name, count, gain) { NameZh = nameZh });
                    break;
            }
        }

        return [.. list];
    }

    public static DemotionRule? Demotion(JsonWalker json, JsonElement root)
    {
        const string path = "$.demotion";
        if (json.Property(root, "$", "demotion", false) is not { } d || !json.Object(d, path, "placings", "bottom", "years", "scope"))
        {
            return null;
        }

        int Count(string name, int fallback)
        {
            var value = json.Integer(d, path, name) ?? fallback;
            if (value < 1)
            {
                json.Error($"{path}.{name}", "must be at least 1");
            }

            return value;
        }

        var rule = new DemotionRule(Count("placings", 2), Count("bottom", 5), Count("years", 3),
            json.Property(d, path, "scope", false) is { } s && json.Choice(s, $"{path}.scope", "group", "all") == "all" ? RankingScope.All : RankingScope.Group);
        if (rule.Placings > rule.Years)
        {
            json.Error($"{path}.placings", $"{rule.Placings} placings cannot fit in {rule.Years} years");
        }

        return rule;
    }

    private static IndicatorCondition Condition(JsonWalker json, JsonElement item, string path, HashSet<string> indicators)
    {
        var indicator = json.String(item, path, "indicator", true) ?? string.Empty;
        if (indicator.Length > 0 && !indicators.Contains(indicator))
        {
            json.Error($"{path}.indicator", $"'{indicator}' is not an indicator of the framework");
        }

        var (min, max) = (json.Number(item, path, "min"), json.Number(item, path, "max"));
        if (min is null && max is null)
        {
            json.Error(path, "give min, max or both");
        }
        else if (min > max)
        {
            json.Error($"{path}.max", "must not be below min");
        }

        return new IndicatorCondition(indicator, min, max);
    }

    private static double Share(JsonWalker json, JsonElement item, string path, string name)
    {
        var share = json.Number(item, path, name, true) ?? 1;
        if (share is <= 0 or > 1)
        {
            json.Error($"{path}.{name}", "must be a share above 0 and at most 1 (0.1 = 10 %)");
        }

        return share;
    }
}
