using System.Globalization;
using ClusterScope.Data.Chains;
using ClusterScope.Domain.Registry;

namespace ClusterScope.Data.DefaultData;

/// <summary>Makes the plausible, clearly flagged sample where no public figure exists: clusters, their series, generated
/// enterprises and incubators.</summary>
/// <remarks>Seeded, so every load makes the same sample. Clusters follow each zone's real leading industries (the 2018
/// catalogue's terms, mapped to the programme's categories by <c>programme/category_terms.csv</c>). Their output is calibrated
/// to the province's real secondary value added and to each zone's real approved area and level (see
/// <see cref="AssignOutputs"/> and <c>data/jilin/PROVENANCE.md</c>, "Sample figures"). Every value is stored with provenance
/// <see cref="Provenance.Sample"/>, and generated enterprises carry generated names only.</remarks>
internal sealed class SampleGenerator(int seed)
{
    public const int FirstYear = 2012;
    public const int LastYear = 2024;
    private const string Source = "ClusterScope sample generator";

    /// <summary>Assumption: industry's share of the secondary sector's value added (the rest is construction); near Jilin's
    /// published split of the 2010s.</summary>
    public const double IndustryShareOfSecondary = 0.8;

    /// <summary>Assumption: industrial value added over gross industrial output, as in China's input-output tables (0.25 to 0.3).</summary>
    public const double IndustrialValueAddedRate = 0.27;

    /// <summary>Assumption: the share of the province's industrial output made in the 62 catalogue zones' clusters.</summary>
    public const double ZonesShareOfIndustry = 0.55;

    /// <summary>Assumption: the highest output a zone makes per hectare of approved area (100m CNY; 100 per km², the top of
    /// China's national zones).</summary>
    public const double MaxOutputPerHectare = 1.0;

    /// <summary>How a zone's output grows with its area: less than in proportion, as large zones hold more unbuilt land.</summary>
    private const double AreaElasticity = 0.8;

    /// <summary>How much more a national zone makes than a provincial one of the same area.</summary>
    private const double NationalWeight = 2.5;

    /// <summary>The mean yearly growth of the clusters' output series (each cluster draws within ±3 points of it).</summary>
    private const double MeanGrowth = 0.07;

    private readonly Random _random = new(seed);

    // A second stream, so that drawing class codes leaves every figure drawn from _random as it was.
    private readonly Random _classRandom = new(seed + 4754);

    // Streams of their own for the product words and the candidate firms, for the same reason.
    private readonly Random _productRandom = new(seed + 4755);
    private readonly Random _candidateRandom = new(seed + 4756);
    private IndustryTaxonomy? _taxonomy;
    private IReadOnlyList<Domain.Chains.ChainTemplate> _chains = [];

    public void Generate(string folder, DatasetContents into)
    {
        DefineIndicators(into);
        var taxonomyFile = Path.Combine(folder, "..", "classification", "gbt4754_2017.csv");
        _taxonomy = File.Exists(taxonomyFile) ? IndustryTaxonomy.Load(taxonomyFile) : null;
        var chainFolder = Path.Combine(folder, "chains");
        _chains = _taxonomy is not null && Directory.Exists(chainFolder) ? Chains.ChainTemplateReader.ReadFolder(chainFolder, _taxonomy) : [];
        var termCategory = CsvRow.ReadAll(Path.Combine(folder, "programme", "category_terms.csv"))
            .ToDictionary(r => r["term_zh"], r => r["category_code"]);
        var categories = into.Categories.ToDictionary(c => c.Code);
        foreach (var zone in into.Zones)
        {
            foreach (var categoryCode in zone.LeadingIndustryTerms().Select(t => termCategory.GetValueOrDefault(t, "other")).Distinct())
            {
                var category = categories[categoryCode];
                into.Clusters.Add(new Cluster
                {
                    Code = $"{zone.Code}-{category.Code}",
                    ZoneCode = zone.Code,
                    CategoryCode = category.Code,
                    NameZh = $"{zone.NameZh}{category.NameZh}产业集群",
                    NameEn = $"{zone.NameEn} {category.NameEn.ToLowerInvariant()} cluster",
                    Provenance = Provenance.Sample,
                });
            }
        }

        var output2017 = AssignOutputs(into, folder);
        foreach (var cluster in into.Clusters)
        {
            var series = Series(output2017[cluster.Code]);
            AddClusterSeries(into, cluster, series);
            AddEnterprises(into, cluster, series);
        }

        AddZoneSeries(into);
        AddIncubators(into);
        DesignateBeltIndustries(into);
        AddCandidates(into);
    }

    private static void DefineIndicators(DatasetContents into)
    {
        into.Define("cluster_output", "Cluster output value", "集群产值", "100m CNY", EntityKind.Cluster);
        into.Define("cluster_enterprises", "Enterprises in the cluster", "集群企业数", "count", EntityKind.Cluster);
        into.Define("cluster_employment", "Cluster employment", "集群从业人员", "persons", EntityKind.Cluster);
        // Reported by zones, never generated: the plausibility check compares output with them.
        into.Define("cluster_electricity", "Cluster electricity consumption", "集群用电量", "10k kWh", EntityKind.Cluster);
        into.Define("cluster_tax", "Cluster tax revenue", "集群税收", "10k CNY", EntityKind.Cluster);
        into.Define("zone_industrial_output", "Zone industrial output value", "开发区工业总产值", "100m CNY", EntityKind.Zone);
        into.Define("enterprise_revenue", "Enterprise revenue", "企业营业收入", "100m CNY", EntityKind.Enterprise);
        into.Define("enterprise_employment", "Enterprise employment", "企业从业人员", "persons", EntityKind.Enterprise);
    }

    /// <summary>2017 output of every cluster, calibrated to the province's real size and each zone's real area and level.</summary>
    /// <remarks>The clusters' 2019 total is the province's real secondary value added (the data set's headline indicators)
    /// turned into gross industrial output with stated assumptions (<see cref="IndustryShareOfSecondary"/>,
    /// <see cref="IndustrialValueAddedRate"/>) and the share held by the catalogue's zones (<see cref="ZonesShareOfIndustry"/>);
    /// 2017 is that total taken back by the series' mean growth. Each zone's part follows its approved area (to the power
    /// <see cref="AreaElasticity"/>) and level, with noise, and never exceeds <see cref="MaxOutputPerHectare"/> of its area in any year;
    /// a zone's clusters share its part, the first-listed leading industry most.</remarks>
    private Dictionary<string, double> AssignOutputs(DatasetContents into, string folder)
    {
        var total2017 = ClustersTotal2019(folder) / Math.Pow(1 + MeanGrowth, 2019 - 2017);
        var zones = into.Zones.Where(z => into.Clusters.Any(c => c.ZoneCode == z.Code)).ToList();
        var medianArea = MedianArea(into);
        var weights = zones.ToDictionary(z => z.Code, z =>
            Math.Pow(z.AreaHectares ?? medianArea, AreaElasticity)
            * (z.Level == ZoneLevel.National ? NationalWeight : 1)
            // The automotive base: FAW's plants sit in Changchun's zones.
            * (z.PrefectureCode == "220100" && into.Clusters.Any(c => c.ZoneCode == z.Code && c.CategoryCode == "auto_parts") ? 3 : 1)
            * Math.Exp(0.5 * Normal()));
        // Capped in 2017 so that the fastest-growing series stays under the cap in its last year too.
        var headroom = Math.Pow(1 + MeanGrowth + 0.03, LastYear - 2017);
        var caps = zones.ToDictionary(z => z.Code, z => (z.AreaHectares ?? medianArea) * MaxOutputPerHectare / headroom);
        var zoneOutput = CappedShares(total2017, weights, caps);
        var result = new Dictionary<string, double>();
        foreach (var zone in zones)
        {
            var clusters = into.Clusters.Where(c => c.ZoneCode == zone.Code).ToList();
            var shares = clusters.Select((_, i) => Math.Pow(0.6, i) * (0.5 + _random.NextDouble())).ToArray();
            var sum = shares.Sum();
            for (var i = 0; i < clusters.Count; i++)
            {
                result[clusters[i].Code] = Math.Max(0.5, zoneOutput[zone.Code] * shares[i] / sum);
            }
        }

        return result;
    }

    /// <summary>The clusters' total output in 2019 (100m CNY) from the province's real secondary value added of that year.</summary>
    private static double ClustersTotal2019(string folder)
    {
        var secondary = CsvRow.ReadAll(Path.Combine(folder, "stats", "jilin_headline_indicators.csv"))
            .First(r => r["region_code"] == "220000" && r["period"] == "2019" && r["indicator"] == "value_added_secondary")
            .Number("value");
        return secondary * IndustryShareOfSecondary / IndustrialValueAddedRate * ZonesShareOfIndustry;
    }

    /// <summary>Splits <paramref name="total"/> in proportion to the weights, no part above its cap (the excess goes to the
    /// others, in proportion again), as water filling does.</summary>
    private static Dictionary<string, double> CappedShares(double total, Dictionary<string, double> weights, Dictionary<string, double> caps)
    {
        var result = new Dictionary<string, double>();
        var open = weights.Keys.ToHashSet();
        var left = total;
        while (open.Count > 0)
        {
            var weightSum = open.Sum(k => weights[k]);
            var capped = open.Where(k => left * weights[k] / weightSum > caps[k]).ToList();
            if (capped.Count == 0)
            {
                foreach (var k in open)
                {
                    result[k] = left * weights[k] / weightSum;
                }

                break;
            }

            foreach (var k in capped)
            {
                result[k] = caps[k];
                left -= caps[k];
                open.Remove(k);
            }
        }

        return result;
    }

    private static double MedianArea(DatasetContents into)
    {
        var areas = into.Zones.Where(z => z.AreaHectares is not null).Select(z => z.AreaHectares!.Value).Order().ToArray();
        return areas.Length == 0 ? 500 : areas[areas.Length / 2];
    }

    /// <summary>A standard normal draw (Box–Muller).</summary>
    private double Normal() => Math.Sqrt(-2 * Math.Log(1 - _random.NextDouble())) * Math.Cos(2 * Math.PI * _random.NextDouble());

    private double[] Series(double output2017)
    {
        var growth = MeanGrowth - 0.03 + (0.06 * _random.NextDouble());
        var series = new double[LastYear - FirstYear + 1];
        for (var year = FirstYear; year <= LastYear; year++)
        {
            var shock = year == 2020 ? -0.06 : 0;
            var noise = 0.03 * ((2 * _random.NextDouble()) - 1);
            series[year - FirstYear] = output2017 * Math.Pow(1 + growth, year - 2017) * (1 + shock + noise);
        }

        series[2017 - FirstYear] = output2017;
        return series;
    }

    private void AddClusterSeries(DatasetContents into, Cluster cluster, double[] output)
    {
        var perEnterprise = 2 + (6 * _random.NextDouble());
        var perWorker = 60 + (80 * _random.NextDouble());
        for (var year = FirstYear; year <= LastYear; year++)
        {
            var value = output[year - FirstYear];
            var period = year.ToString(CultureInfo.InvariantCulture);
            into.Observations.Add(Sample(EntityKind.Cluster, cluster.Code, "cluster_output", period, Math.Round(value, 2)));
            into.Observations.Add(Sample(EntityKind.Cluster, cluster.Code, "cluster_enterprises", period, Math.Max(3, Math.Round(value / perEnterprise))));
            into.Observations.Add(Sample(EntityKind.Cluster, cluster.Code, "cluster_employment", period, Math.Round(value * perWorker)));
        }
    }

    /// <summary>A 4-digit class (section letter kept, "C3670") drawn evenly among the classes under the category's codes;
    /// the category's first code when the taxonomy is not beside the data set.</summary>
    private string ClassCode(string categoryCodes)
    {
        var codes = categoryCodes.Split(';');
        var classes = _taxonomy?.Codes.Where(c => c.Level == IndustryLevel.Class
            && codes.Any(k => k.Length > 1 && c.Section == k[..1] && c.Code.StartsWith(k[1..], StringComparison.Ordinal))).ToList();
        if (classes is not { Count: > 0 })
        {
            return codes[0];
        }

        var drawn = classes[_classRandom.Next(classes.Count)];
        return drawn.Section + drawn.Code;
    }

    /// <summary>A generated main product ("主营产品：座椅") drawn from the product words of the chain segments the class lies in,
    /// so that the placement rule has something to read where a class lies in several segments; null when it lies in none.</summary>
    private string? ProductLabel(string industryCode)
    {
        var digits = Domain.Chains.ChainPlacement.Digits(industryCode);
        var segments = digits is null ? [] : _chains.SelectMany(c => c.Segments).Where(s => s.Covers(digits) && s.KeywordsZh.Count > 0).ToList();
        if (segments.Count == 0)
        {
            return null;
        }

        var segment = segments[_productRandom.Next(segments.Count)];
        return "主营产品：" + segment.KeywordsZh[_productRandom.Next(segment.KeywordsZh.Count)];
    }

    /// <summary>Two generated candidate firms per chain segment (names "样本候选企业…", flagged sample), coded with one of the
    /// segment's classes and described with its product words; origins are drawn from real Chinese cities and abroad.</summary>
    private void AddCandidates(DatasetContents into)
    {
        string[] origins = ["广东省深圳市", "广东省广州市", "上海市", "江苏省苏州市", "浙江省宁波市", "北京市", "天津市", "山东省青岛市",
            "辽宁省沈阳市", "黑龙江省哈尔滨市", "湖北省武汉市", "重庆市", "德国", "日本", "韩国"];
        foreach (var segment in _chains.SelectMany(c => c.Segments))
        {
            for (var i = 0; i < 2; i++)
            {
                var number = (into.Candidates.Count + 1).ToString("D4", CultureInfo.InvariantCulture);
                var word = _candidateRandom.Next(segment.KeywordsZh.Count);
                var code = segment.IndustryCodes[_candidateRandom.Next(segment.IndustryCodes.Count)];
                into.Candidates.Add(new Domain.Chains.Candidate
                {
                    Code = "CAND-" + number,
                    NameZh = $"样本候选企业{number}（{segment.KeywordsZh[word]}）",
                    NameEn = $"Sample candidate {number} ({segment.KeywordsEn[Math.Min(word, segment.KeywordsEn.Count - 1)]})",
                    IndustryCode = code,
                    Origin = origins[_candidateRandom.Next(origins.Length)],
                    Size = (EnterpriseSize)(2 + _candidateRandom.Next(3)),
                    Notes = $"主营产品：{segment.KeywordsZh[word]}",
                    Provenance = Provenance.Sample,
                    Source = Source,
                });
            }
        }
    }

    private void AddEnterprises(DatasetContents into, Cluster cluster, double[] clusterOutput)
    {
        var count = 3 + _random.Next(4);
        var zone = into.Zones.First(z => z.Code == cluster.ZoneCode);
        var shares = Enumerable.Range(0, count).Select(i => Math.Pow(0.55, i) * (0.8 + (0.4 * _random.NextDouble()))).ToArray();
        for (var i = 0; i < count; i++)
        {
            var number = into.Enterprises.Count(e => e.Provenance == Provenance.Sample) + 1;
            var code = "S" + number.ToString("D5", CultureInfo.InvariantCulture);
            var industry = ClassCode(into.Categories.First(c => c.Code == cluster.CategoryCode).Gbt4754Codes);
            into.Enterprises.Add(new Enterprise
            {
                Code = code,
                CreditCode = CreditCode(zone.CountyCode ?? zone.PrefectureCode),
                NameZh = $"样本企业{number:D5}（{into.Categories.First(c => c.Code == cluster.CategoryCode).NameZh}）",
                NameEn = $"Sample enterprise {number:D5}",
                Ownership = _random.NextDouble() < 0.7 ? "private" : "state-owned",
                Size = i == 0 ? EnterpriseSize.Large : (EnterpriseSize)(1 + _random.Next(4)),
                IndustryCode = industry,
                IndustryLabel = ProductLabel(industry),
                ZoneCode = cluster.ZoneCode,
                ClusterCode = cluster.Code,
                IsLeading = i == 0,
                IsHighTech = _random.NextDouble() < 0.3,
                IsStartUp = i > 0 && _random.NextDouble() < 0.1,
                Provenance = Provenance.Sample,
                Source = Source,
            });
            for (var year = FirstYear; year <= LastYear; year++)
            {
                var revenue = clusterOutput[year - FirstYear] * shares[i] * 0.3;
                var period = year.ToString(CultureInfo.InvariantCulture);
                into.Observations.Add(Sample(EntityKind.Enterprise, code, "enterprise_revenue", period, Math.Round(revenue, 2)));
                into.Observations.Add(Sample(EntityKind.Enterprise, code, "enterprise_employment", period, Math.Round(revenue * 90)));
            }
        }
    }

    private void AddZoneSeries(DatasetContents into)
    {
        var clusterOutput = into.Observations.Where(o => o.IndicatorCode == "cluster_output")
            .ToLookup(o => (Zone: o.EntityCode[..o.EntityCode.IndexOf('-', StringComparison.Ordinal)], o.Period));
        foreach (var zone in into.Zones)
        {
            var factor = 1.15 + (0.45 * _random.NextDouble());
            for (var year = FirstYear; year <= LastYear; year++)
            {
                var period = year.ToString(CultureInfo.InvariantCulture);
                var sum = clusterOutput[(zone.Code, period)].Sum(o => o.Value);
                var value = sum > 0 ? sum * factor : 10 + (20 * _random.NextDouble());
                into.Observations.Add(Sample(EntityKind.Zone, zone.Code, "zone_industrial_output", period, Math.Round(value, 2)));
            }
        }
    }

    private void AddIncubators(DatasetContents into)
    {
        foreach (var zone in into.Zones)
        {
            var count = _random.NextDouble() < 0.15 ? 0 : 1 + _random.Next(zone.Level == ZoneLevel.National ? 3 : 2);
            for (var i = 1; i <= count; i++)
            {
                var pioneer = i == 2;
                into.Incubators.Add(new Incubator
                {
                    Code = $"{zone.Code}-INC{i}",
                    ZoneCode = zone.Code,
                    IsPioneerPark = pioneer,
                    NameZh = $"{zone.NameZh}{(pioneer ? "民营企业创业园" : "科技企业孵化器")}（样本{i}）",
                    NameEn = $"{zone.NameEn} {(pioneer ? "pioneer park" : "incubator")} (sample {i})",
                    Provenance = Provenance.Sample,
                });
            }
        }
    }

    private static void DesignateBeltIndustries(DatasetContents into)
    {
        // Derived, not sampled: the most frequent leading-industry categories of the belt's non-Changchun zones.
        var clustersByPrefecture = into.Clusters.ToLookup(c => into.Zones.First(z => z.Code == c.ZoneCode).PrefectureCode);
        foreach (var belt in into.Belts)
        {
            var top = belt.MemberPrefectures().Where(p => p != "220100")
                .SelectMany(p => clustersByPrefecture[p])
                .GroupBy(c => c.CategoryCode)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Take(4).Select(g => g.Key);
            belt.DesignatedCategoryCodes = string.Join(';', top);
            belt.Source += "; designated categories derived from the 2018 catalogue's leading industries of the belt's zones outside Changchun";
        }
    }

    private string CreditCode(string regionCode)
    {
        const string alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        var body = "91" + regionCode + new string(Enumerable.Range(0, 9).Select(_ => alphabet[_random.Next(alphabet.Length)]).ToArray());
        return body + UnifiedSocialCreditCode.CheckCharacter(body);
    }

    private static Observation Sample(EntityKind kind, string entity, string indicator, string period, double value) =>
        new()
        {
            EntityKind = kind, EntityCode = entity, IndicatorCode = indicator, Period = period, Value = value,
            Status = ObservationStatus.Estimated, Provenance = Provenance.Sample, Source = Source,
        };
}
