using System.Globalization;
using ClusterScope.Analytics;
using ClusterScope.Data.DefaultData;
using ClusterScope.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace ClusterScope.Data.Analysis;

/// <summary>Builds region x industry matrices from the database's observations for the analysis page and API.</summary>
public sealed class AnalysisDatasets(ClusterScopeDbContext db)
{
    private const string SharePrefix = "census_ind_share_";

    /// <summary>The matrices on offer; the first is the default view.</summary>
    public static IReadOnlyList<AnalysisDataset> All { get; } =
    [
        new("census-employment", "Employment by sector, counties, 2020 census", "各县（市、区）分行业就业，2020年人口普查", false, false,
            "Employed persons estimated as resident population × employment ratio (aged 16+) × sector share (census long form, 10 % sample); "
            + "the common factors cancel in relative measures such as the LQ. Source: NBS census tabulation by county.",
            "就业人数按常住人口 × 16岁及以上就业率 × 行业构成（普查长表，10%抽样）估算；在区位商等相对指标中，共同因子相互抵消。来源：国家统计局分县人口普查资料。"),
        new("cluster-output-zones", "Cluster output by development zone and category", "各开发区分门类产业集群产值", true, true,
            "Output (100m CNY) of each zone's clusters by industry category; generated sample figures.",
            "各开发区分门类产业集群产值（亿元）；样本数据，系生成。"),
        new("cluster-output-prefectures", "Cluster output by prefecture and category", "各市（州）分门类产业集群产值", true, true,
            "Output (100m CNY) of the clusters of each prefecture's zones by industry category; generated sample figures.",
            "各市（州）开发区分门类产业集群产值（亿元）；样本数据，系生成。"),
        new("enterprise-employment", "Enterprises as plants: employment by county and category", "以企业为单位：按县（市、区）和门类的从业人员", true, true,
            "Each generated enterprise is a plant: its zone's county (or prefecture) is the region, its cluster's category the industry, "
            + "its employment the size; generated sample figures.",
            "每家生成企业视为一个工厂：所在开发区的县（或市）为地区，所属集群的门类为行业，从业人员为规模；样本数据，系生成。", MeasureInput.Plants),
    ];

    /// <summary>Runs a measure on a dataset: one year of a matrix, every year for shift-share, or plant records.</summary>
    /// <remarks>The table ends with a <c>provenance</c> column: a result computed from a sample dataset is itself sample.</remarks>
    /// <exception cref="ArgumentException">The measure does not run on that dataset, or a bad option (the message says which).</exception>
    public async Task<(AnalysisTable Table, int? Year)> RunAsync(string code, string measure, AnalysisOptions options, bool chinese, CancellationToken ct)
    {
        var (table, year) = await RunMeasureAsync(code, measure, options, chinese, ct);
        return (table.WithProvenance(Find(code).IsSample), year);
    }

    private async Task<(AnalysisTable Table, int? Year)> RunMeasureAsync(string code, string measure, AnalysisOptions options, bool chinese, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(options);
        var dataset = Find(code);
        var definition = AnalysisRunner.Find(measure);
        if (!dataset.Accepts(definition))
        {
            throw new ArgumentException($"measure '{definition.Name}' does not run on dataset '{dataset.Code}'"
                + (definition.Input == MeasureInput.Plants ? "; use enterprise-employment." : definition.IsPanel ? "; use a cluster-output dataset (it has years)." : "; use a region x industry dataset."), nameof(measure));
        }

        if (dataset.Input == MeasureInput.Plants)
        {
            var (plants, year) = await PlantsAsync(options.Year, chinese, ct);
            return (AnalysisRunner.Run(definition.Name, plants, options), year);
        }

        if (definition.IsPanel)
        {
            var panel = await ClusterOutputPanelAsync(code == "cluster-output-prefectures", chinese, ct);
            var shifts = AnalysisRunner.Run(definition.Name, panel, options);
            shifts.Codes = panel.CodesByLabel();
            return (shifts, options.EndYear ?? panel.Years[^1]);
        }

        var (matrix, used) = await BuildAsync(code, options.Year, chinese, ct);
        var table = AnalysisRunner.Run(definition.Name, matrix, options with { Year = null });
        table.Codes = matrix.CodesByLabel();
        return (table, used);
    }

    /// <summary>The dataset with that code.</summary>
    /// <exception cref="ArgumentException">Unknown code; the message lists the codes.</exception>
    public static AnalysisDataset Find(string code) =>
        All.FirstOrDefault(d => d.Code == code) ?? throw new ArgumentException($"dataset '{code}' does not exist; use one of: {string.Join(", ", All.Select(d => d.Code))}.", nameof(code));

    private async Task<RegionIndustryPanel> ClusterOutputPanelAsync(bool byPrefecture, bool chinese, CancellationToken ct)
    {
        var periods = await db.Observations.AsNoTracking().Where(o => o.IndicatorCode == "cluster_output").Select(o => o.Period).Distinct().ToListAsync(ct);
        var years = periods.Select(p => int.Parse(p, CultureInfo.InvariantCulture)).Order().ToList();
        var matrices = new List<Matrix>();
        RegionIndustryPanel? last = null;
        foreach (var year in years)
        {
            (last, _) = await ClusterOutputAsync(byPrefecture, year, chinese, ct);
            matrices.Add(last.Matrices[0]);
        }

        return last is null
            ? throw new ArgumentException("The database holds no cluster output.", nameof(byPrefecture))
            : new RegionIndustryPanel(last.Regions, last.Industries, years, matrices) { RegionCodes = last.RegionCodes, IndustryCodes = last.IndustryCodes };
    }

    private async Task<(PlantRecords, int?)> PlantsAsync(int? year, bool chinese, CancellationToken ct)
    {
        if (year is null)
        {
            var periods = await db.Observations.AsNoTracking().Where(o => o.IndicatorCode == "enterprise_employment").Select(o => o.Period).Distinct().ToListAsync(ct);
            year = periods.Count == 0 ? null : periods.Max(p => int.Parse(p, CultureInfo.InvariantCulture));
        }

        var period = year?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
        var employment = await db.Observations.AsNoTracking().Where(o => o.IndicatorCode == "enterprise_employment" && o.Period == period)
            .ToDictionaryAsync(o => o.EntityCode, o => o.Value, ct);
        var enterprises = await db.Enterprises.AsNoTracking().Where(e => e.ClusterCode != null && e.ZoneCode != null).OrderBy(e => e.Code).ToListAsync(ct);
        var zones = await db.Zones.AsNoTracking().ToDictionaryAsync(z => z.Code, ct);
        var clusters = await db.Clusters.AsNoTracking().ToDictionaryAsync(c => c.Code, c => c.CategoryCode, ct);
        var regions = await db.Regions.AsNoTracking().Select(r => new { r.Code, Name = chinese ? r.NameZh : r.NameEn })
            .ToDictionaryAsync(r => r.Code, r => r.Name, ct);
        var categories = await db.IndustryCategories.AsNoTracking().ToDictionaryAsync(c => c.Code, c => chinese ? c.NameZh : c.NameEn, ct);
        var rows = enterprises.Where(e => employment.ContainsKey(e.Code)).ToList();
        var regionLabels = new List<string>();
        var industryLabels = new List<string>();
        int Index(List<string> labels, string label)
        {
            var i = labels.IndexOf(label);
            if (i < 0)
            {
                labels.Add(label);
                i = labels.Count - 1;
            }

            return i;
        }

        var regionIndex = rows.Select(e => Index(regionLabels, regions.GetValueOrDefault(zones[e.ZoneCode!].CountyCode ?? zones[e.ZoneCode!].PrefectureCode) ?? e.ZoneCode!)).ToArray();
        var industryIndex = rows.Select(e => Index(industryLabels, categories.GetValueOrDefault(clusters[e.ClusterCode!]) ?? clusters[e.ClusterCode!])).ToArray();
        return (new PlantRecords(rows.Select(e => e.Code).ToList(), regionLabels, industryLabels, regionIndex, industryIndex,
            rows.Select(e => employment[e.Code]).ToArray()), year);
    }

    /// <summary>Builds the matrix of a dataset (for <paramref name="year"/> where the dataset has years; null = latest).</summary>
    public async Task<(RegionIndustryPanel Panel, int? Year)> BuildAsync(string code, int? year, bool chinese, CancellationToken ct) => Find(code).Code switch
    {
        "census-employment" => (await CensusAsync(chinese, ct), null),
        "cluster-output-zones" => await ClusterOutputAsync(byPrefecture: false, year, chinese, ct),
        "cluster-output-prefectures" => await ClusterOutputAsync(byPrefecture: true, year, chinese, ct),
        _ => throw new ArgumentException($"dataset '{code}' holds plant records, not a region x industry matrix.", nameof(code)),
    };

    private async Task<RegionIndustryPanel> CensusAsync(bool chinese, CancellationToken ct)
    {
        var rows = await db.Observations.AsNoTracking()
            .Where(o => o.EntityKind == EntityKind.Region && o.Period == "2020"
                        && (o.IndicatorCode.StartsWith(SharePrefix) || o.IndicatorCode == "census_resident_population" || o.IndicatorCode == "census_employment_ratio_age16plus"))
            .ToListAsync(ct);
        var counties = await db.Regions.AsNoTracking().Where(r => r.Level == RegionLevel.County).OrderBy(r => r.Code)
            .Select(Registry.RegionProjection.WithoutGeometry).ToListAsync(ct);
        var byRegion = rows.ToLookup(o => o.EntityCode);
        var sectors = rows.Select(o => o.IndicatorCode).Where(c => c.StartsWith(SharePrefix, StringComparison.Ordinal)).Distinct().Order(StringComparer.Ordinal).ToList();
        var matrix = new Matrix(counties.Count, sectors.Count);
        for (var r = 0; r < counties.Count; r++)
        {
            var values = byRegion[counties[r].Code].ToDictionary(o => o.IndicatorCode, o => o.Value);
            var employed = values.GetValueOrDefault("census_resident_population") * values.GetValueOrDefault("census_employment_ratio_age16plus");
            for (var i = 0; i < sectors.Count; i++)
            {
                matrix[r, i] = employed * values.GetValueOrDefault(sectors[i]);
            }
        }

        var names = await db.Indicators.AsNoTracking().Where(i => sectors.Contains(i.Code)).ToDictionaryAsync(i => i.Code, i => chinese ? i.NameZh : i.NameEn, ct);
        var labels = sectors.Select(s => names.TryGetValue(s, out var name) ? CensusSectors.SectorName(name, chinese) : s[SharePrefix.Length..]).ToList();
        return new RegionIndustryPanel(counties.Select(c => chinese ? c.NameZh : c.NameEn).ToList(), labels, [], [matrix])
        {
            RegionCodes = counties.Select(c => c.Code).ToList(),
            IndustryCodes = sectors.Select(s => s[SharePrefix.Length..]).ToList(),
        };
    }

    private async Task<(RegionIndustryPanel, int?)> ClusterOutputAsync(bool byPrefecture, int? year, bool chinese, CancellationToken ct)
    {
        if (year is null)
        {
            var periods = await db.Observations.AsNoTracking().Where(o => o.IndicatorCode == "cluster_output").Select(o => o.Period).Distinct().ToListAsync(ct);
            year = periods.Count == 0 ? null : periods.Max(p => int.Parse(p, CultureInfo.InvariantCulture));
        }

        var period = year?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
        var output = await db.Observations.AsNoTracking().Where(o => o.IndicatorCode == "cluster_output" && o.Period == period)
            .ToDictionaryAsync(o => o.EntityCode, o => o.Value, ct);
        var clusters = await db.Clusters.AsNoTracking().ToListAsync(ct);
        var zones = await db.Zones.AsNoTracking().ToDictionaryAsync(z => z.Code, ct);
        var regions = await db.Regions.AsNoTracking().ToDictionaryAsync(r => r.Code, ct);
        var categories = await db.IndustryCategories.AsNoTracking().OrderBy(c => c.SortOrder).ToListAsync(ct);
        var rowKeys = byPrefecture
            ? zones.Values.Select(z => z.PrefectureCode).Distinct().Order(StringComparer.Ordinal).ToList()
            : zones.Keys.Order(StringComparer.Ordinal).ToList();
        var matrix = new Matrix(rowKeys.Count, categories.Count);
        foreach (var cluster in clusters)
        {
            var key = byPrefecture ? zones[cluster.ZoneCode].PrefectureCode : cluster.ZoneCode;
            matrix[rowKeys.IndexOf(key), categories.FindIndex(c => c.Code == cluster.CategoryCode)] += output.GetValueOrDefault(cluster.Code);
        }

        var rowLabels = rowKeys.Select(k => byPrefecture
            ? (chinese ? regions[k].NameZh : regions[k].NameEn)
            : (chinese ? zones[k].NameZh : zones[k].NameEn)).ToList();
        return (new RegionIndustryPanel(rowLabels, categories.Select(c => chinese ? c.NameZh : c.NameEn).ToList(), [], [matrix])
        {
            RegionCodes = rowKeys,
            IndustryCodes = categories.Select(c => c.Code).ToList(),
        }, year);
    }
}
