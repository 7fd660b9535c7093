using System.Globalization;
using ClusterScope.Domain.Registry;

namespace ClusterScope.Data.DefaultData;

/// <summary>Makes the plausible, clearly flagged sample where no public figure exists: clusters, their series, generated
/// enterprises and incubators.</summary>
/// <remarks>Seeded, so every load makes the same sample. Clusters follow each zone's real leading industries (the 2018
/// catalogue's terms, mapped to the programme's categories by <c>programme/category_terms.csv</c>). The 2017 output of the
/// clusters, ranked, is spread over the programme's tiers with counts near its targets (8 / 53 / 56 / 45). Every value is
/// stored with provenance <see cref="Provenance.Sample"/>, and generated enterprises carry generated names only.</remarks>
internal sealed class SampleGenerator(int seed)
{
    public const int FirstYear = 2012;
    public const int LastYear = 2024;
    private const string Source = "ClusterScope sample generator";
    private static readonly (OutputTier Tier, int PlanCount, double Low, double High)[] TierPlan =
    [
        (OutputTier.Over100Bn, 8, 1000, 1800),
        (OutputTier.Over10Bn, 53, 100, 400),
        (OutputTier.Over5Bn, 56, 50, 100),
        (OutputTier.Over2Bn, 45, 20, 50),
    ];

    private readonly Random _random = new(seed);

    public void Generate(string folder, DatasetContents into)
    {
        DefineIndicators(into);
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

        var output2017 = AssignOutputs(into);
        foreach (var cluster in into.Clusters)
        {
            var series = Series(output2017[cluster.Code]);
            AddClusterSeries(into, cluster, series);
            AddEnterprises(into, cluster, series);
        }

        AddZoneSeries(into);
        AddIncubators(into);
        DesignateBeltIndustries(into);
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

    private Dictionary<string, double> AssignOutputs(DatasetContents into)
    {
        var zones = into.Zones.ToDictionary(z => z.Code);
        // National zones and the automotive base carry the big clusters, as in Jilin's economy.
        var ranked = into.Clusters
            .Select(c => (c.Code, Score: _random.NextDouble()
                * (zones[c.ZoneCode].Level == ZoneLevel.National ? 3 : 1)
                * (c.CategoryCode == "auto_parts" && zones[c.ZoneCode].PrefectureCode == "220100" ? 4 : 1)))
            .OrderByDescending(x => x.Score)
            .Select(x => x.Code)
            .ToList();
        var result = new Dictionary<string, double>();
        var index = 0;
        foreach (var (_, planCount, low, high) in TierPlan)
        {
            var count = (int)Math.Round(planCount * (0.7 + (0.35 * _random.NextDouble())));
            for (var i = 0; i < count && index < ranked.Count; i++, index++)
            {
                result[ranked[index]] = low * Math.Pow(high / low, Math.Pow(_random.NextDouble(), 2));
            }
        }

        for (; index < ranked.Count; index++)
        {
            result[ranked[index]] = 5 + (14 * _random.NextDouble());
        }

        return result;
    }

    private double[] Series(double output2017)
    {
        var growth = 0.04 + (0.06 * _random.NextDouble());
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

    private void AddEnterprises(DatasetContents into, Cluster cluster, double[] clusterOutput)
    {
        var count = 3 + _random.Next(4);
        var zone = into.Zones.First(z => z.Code == cluster.ZoneCode);
        var shares = Enumerable.Range(0, count).Select(i => Math.Pow(0.55, i) * (0.8 + (0.4 * _random.NextDouble()))).ToArray();
        for (var i = 0; i < count; i++)
        {
            var number = into.Enterprises.Count(e => e.Provenance == Provenance.Sample) + 1;
            var code = "S" + number.ToString("D5", CultureInfo.InvariantCulture);
            into.Enterprises.Add(new Enterprise
            {
                Code = code,
                CreditCode = CreditCode(zone.CountyCode ?? zone.PrefectureCode),
                NameZh = $"样本企业{number:D5}（{into.Categories.First(c => c.Code == cluster.CategoryCode).NameZh}）",
                NameEn = $"Sample enterprise {number:D5}",
                Ownership = _random.NextDouble() < 0.7 ? "private" : "state-owned",
                Size = i == 0 ? EnterpriseSize.Large : (EnterpriseSize)(1 + _random.Next(4)),
                IndustryCode = into.Categories.First(c => c.Code == cluster.CategoryCode).Gbt4754Codes.Split(';')[0],
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
