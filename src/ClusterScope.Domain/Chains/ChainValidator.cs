using System.Text.RegularExpressions;

namespace ClusterScope.Domain.Chains;

/// <summary>The validity rules of a chain template: codes in the taxonomy, names in both languages, keywords per language,
/// links between existing segments without self links or duplicates, an acyclic graph in which every segment takes part
/// in a link and is reachable from a segment with no incoming link, all in one connected chain.</summary>
public static partial class ChainValidator
{
    [GeneratedRegex("^[a-z0-9-]+$")]
    private static partial Regex CodePattern();

    /// <summary>Every problem of <paramref name="template"/>, keyed by the member it concerns; each message names the file,
    /// the segment and the problem. Empty when the template is valid.</summary>
    /// <param name="template">The template as read.</param>
    /// <param name="file">The file name shown in the messages.</param>
    /// <param name="knownIndustryCodes">Every code of GB/T 4754-2017 (without section letters).</param>
    public static FieldErrors Validate(ChainTemplate template, string file, IReadOnlySet<string> knownIndustryCodes)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(knownIndustryCodes);
        var errors = new FieldErrors();
        void Add(string field, string en, string zh) => errors.Add(field, $"{file}: {en}", $"{file}：{zh}");

        if (string.IsNullOrWhiteSpace(template.Code) || !CodePattern().IsMatch(template.Code))
        {
            Add("code", $"chain code '{template.Code}' must be lower-case letters, digits and hyphens.", $"产业链代码“{template.Code}”须为小写字母、数字或连字符。");
        }
        else if (Path.GetFileNameWithoutExtension(file) != template.Code)
        {
            Add("code", $"chain code '{template.Code}' differs from the file name.", $"产业链代码“{template.Code}”与文件名不一致。");
        }

        if (template.Version < 1)
        {
            Add("version", $"version {template.Version} must be 1 or more.", $"版本 {template.Version} 须不小于 1。");
        }

        if (string.IsNullOrWhiteSpace(template.NameZh))
        {
            Add("nameZh", "the chain has no Chinese name (nameZh).", "产业链缺少中文名称（nameZh）。");
        }

        if (string.IsNullOrWhiteSpace(template.NameEn))
        {
            Add("nameEn", "the chain has no English name (nameEn).", "产业链缺少英文名称（nameEn）。");
        }

        var segments = template.Segments ?? [];
        var links = template.Links ?? [];
        if (segments.Count == 0)
        {
            Add("segments", "the chain has no segments.", "产业链没有环节。");
        }

        var codes = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < segments.Count; i++)
        {
            ValidateSegment(segments[i], $"segments[{i}]", codes, knownIndustryCodes, Add);
        }

        var seenLinks = new HashSet<(string, string)>();
        for (var i = 0; i < links.Count; i++)
        {
            var link = links[i];
            var field = $"links[{i}]";
            if (!codes.Contains(link.From ?? "") || !codes.Contains(link.To ?? ""))
            {
                var unknown = codes.Contains(link.From ?? "") ? link.To : link.From;
                Add(field, $"link {link.From} -> {link.To} names the unknown segment '{unknown}'.", $"关联 {link.From} -> {link.To} 指向不存在的环节“{unknown}”。");
            }
            else if (link.From == link.To)
            {
                Add(field, $"segment '{link.From}' is linked to itself.", $"环节“{link.From}”与自身关联。");
            }
            else if (!seenLinks.Add((link.From!, link.To!)))
            {
                Add(field, $"link {link.From} -> {link.To} is listed twice.", $"关联 {link.From} -> {link.To} 重复。");
            }
        }

        if (errors.Count == 0)
        {
            ValidateGraph(segments, links, Add);
        }

        return errors;
    }

    private static void ValidateSegment(ChainSegment segment, string field, HashSet<string> codes, IReadOnlySet<string> known,
        Action<string, string, string> add)
    {
        var name = string.IsNullOrWhiteSpace(segment.Code) ? field : segment.Code;
        if (string.IsNullOrWhiteSpace(segment.Code) || !CodePattern().IsMatch(segment.Code))
        {
            add($"{field}.code", $"segment {field}: code '{segment.Code}' must be lower-case letters, digits and hyphens.",
                $"环节 {field}：代码“{segment.Code}”须为小写字母、数字或连字符。");
        }
        else if (!codes.Add(segment.Code))
        {
            add($"{field}.code", $"segment '{name}' is listed twice.", $"环节“{name}”重复。");
        }

        if (string.IsNullOrWhiteSpace(segment.NameZh))
        {
            add($"{field}.nameZh", $"segment '{name}' has no Chinese name (nameZh).", $"环节“{name}”缺少中文名称（nameZh）。");
        }

        if (string.IsNullOrWhiteSpace(segment.NameEn))
        {
            add($"{field}.nameEn", $"segment '{name}' has no English name (nameEn).", $"环节“{name}”缺少英文名称（nameEn）。");
        }

        if (segment.IndustryCodes is not { Count: > 0 })
        {
            add($"{field}.industryCodes", $"segment '{name}' has no industry codes.", $"环节“{name}”没有行业代码。");
        }
        else
        {
            var unknown = segment.IndustryCodes.Where(c => !known.Contains(c ?? "")).ToList();
            if (unknown.Count > 0)
            {
                add($"{field}.industryCodes", $"segment '{name}': industry code {string.Join(", ", unknown)} is not in GB/T 4754-2017.",
                    $"环节“{name}”：行业代码 {string.Join("、", unknown)} 不在 GB/T 4754-2017 中。");
            }
        }

        if (segment.KeywordsZh is null || !segment.KeywordsZh.Any(k => !string.IsNullOrWhiteSpace(k)))
        {
            add($"{field}.keywordsZh", $"segment '{name}' has no Chinese keyword.", $"环节“{name}”没有中文关键词。");
        }

        if (segment.KeywordsEn is null || !segment.KeywordsEn.Any(k => !string.IsNullOrWhiteSpace(k)))
        {
            add($"{field}.keywordsEn", $"segment '{name}' has no English keyword.", $"环节“{name}”没有英文关键词。");
        }

        if (segment.ValueShare is { } share && (share is <= 0 or > 1 || string.IsNullOrWhiteSpace(segment.ValueShareSource)))
        {
            add($"{field}.valueShare", $"segment '{name}': a value share must lie in (0, 1] and cite its valueShareSource.",
                $"环节“{name}”：价值占比须在 (0, 1] 之间并注明来源（valueShareSource）。");
        }
    }

    private static void ValidateGraph(IReadOnlyList<ChainSegment> segments, IReadOnlyList<ChainLink> links, Action<string, string, string> add)
    {
        var next = segments.ToDictionary(s => s.Code, s => links.Where(l => l.From == s.Code).Select(l => l.To).ToList());
        var incoming = links.Select(l => l.To).ToHashSet(StringComparer.Ordinal);
        var linked = links.SelectMany(l => new[] { l.From, l.To }).ToHashSet(StringComparer.Ordinal);
        foreach (var (segment, i) in segments.Select((s, i) => (s, i)).Where(p => !linked.Contains(p.s.Code)))
        {
            add($"segments[{i}].links", $"segment '{segment.Code}' takes part in no link.", $"环节“{segment.Code}”没有任何关联。");
        }

        var cycle = FindCycle(segments.Select(s => s.Code), next);
        if (cycle is not null)
        {
            add("links", $"the links form a cycle: {string.Join(" -> ", cycle)}.", $"关联构成环路：{string.Join(" -> ", cycle)}。");
        }

        // Reachable from a root, and all in the root component of the first segment when read without direction: a chain
        // split into two unconnected parts is two chains.
        var reached = Reach(segments.Where(s => !incoming.Contains(s.Code)).Select(s => s.Code), next);
        var undirected = segments.ToDictionary(s => s.Code, s => links.Where(l => l.From == s.Code).Select(l => l.To)
            .Concat(links.Where(l => l.To == s.Code).Select(l => l.From)).ToList());
        var connected = segments.Count == 0 ? [] : Reach([segments[0].Code], undirected);
        for (var i = 0; i < segments.Count; i++)
        {
            var code = segments[i].Code;
            if (!linked.Contains(code))
            {
                continue;
            }

            if (!reached.Contains(code))
            {
                add($"segments[{i}].reach", $"segment '{code}' cannot be reached from a segment with no incoming link.",
                    $"环节“{code}”无法从没有上游的环节到达。");
            }
            else if (!connected.Contains(code))
            {
                add($"segments[{i}].reach", $"segment '{code}' is not connected to segment '{segments[0].Code}' by any path of links.",
                    $"环节“{code}”与环节“{segments[0].Code}”之间没有关联路径。");
            }
        }
    }

    private static HashSet<string> Reach(IEnumerable<string> start, Dictionary<string, List<string>> next)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>(start);
        while (stack.TryPop(out var code))
        {
            if (seen.Add(code))
            {
                foreach (var n in next[code])
                {
                    stack.Push(n);
                }
            }
        }

        return seen;
    }

    private static List<string>? FindCycle(IEnumerable<string> codes, Dictionary<string, List<string>> next)
    {
        var state = new Dictionary<string, int>(StringComparer.Ordinal); // 1 on the path, 2 done
        var path = new List<string>();
        List<string>? Visit(string code)
        {
            state[code] = 1;
            path.Add(code);
            foreach (var n in next[code])
            {
                if (state.GetValueOrDefault(n) == 1)
                {
                    return [.. path.Skip(path.IndexOf(n)), n];
                }

                if (state.GetValueOrDefault(n) == 0 && Visit(n) is { } found)
                {
                    return found;
                }
            }

            path.RemoveAt(path.Count - 1);
            state[code] = 2;
            return null;
        }

        foreach (var code in codes)
        {
            if (state.GetValueOrDefault(code) == 0 && Visit(code) is { } cycle)
            {
                return cycle;
            }
        }

        return null;
    }
}
