using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using ClusterScope.Domain.Registry;

namespace ClusterScope.Data.DefaultData;

/// <summary>Reads the real facts of a data set folder (regions, zones, categories, belts, listed companies, statistics).</summary>
/// <remarks>The folder layout is that of <c>data/jilin/</c>, described in its PROVENANCE.md.</remarks>
internal static partial class RealFactsReader
{
    public static void Read(string folder, DatasetContents into)
    {
        ReadRegions(folder, into);
        ReadCategories(folder, into);
        ReadZones(folder, into);
        ReadBelts(folder, into);
        ReadListedCompanies(folder, into);
        ReadCensus(folder, into);
        ReadHeadlines(folder, into);
        ReadZoneFacts(folder, into);
    }

    private static void ReadRegions(string folder, DatasetContents into)
    {
        var geometry = new Dictionary<string, string>();
        foreach (var file in new[] { "jilin_prefectures.geojson", "jilin_counties.geojson" })
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "boundaries", file)));
            foreach (var feature in doc.RootElement.GetProperty("features").EnumerateArray())
            {
                var code = feature.GetProperty("properties").GetProperty("adcode").ToString();
                geometry[code] = feature.GetProperty("geometry").GetRawText();
            }
        }

        foreach (var row in CsvRow.ReadAll(Path.Combine(folder, "admin", "jilin_admin_divisions.csv")))
        {
            into.Regions.Add(new Region
            {
                Code = row["code"],
                ParentCode = row.Optional("parent_code"),
                Level = row["level"] switch
                {
                    "province" => RegionLevel.Province,
                    "prefecture" => RegionLevel.Prefecture,
                    "county" => RegionLevel.County,
                    "zone_statistical_unit" => RegionLevel.ZoneStatisticalUnit,
                    var other => throw new InvalidDataException($"{row.File}, row {row.Row}, column 'level': unknown level '{other}'."),
                },
                NameZh = row["name_zh"],
                NameEn = row["name_en"],
                NamePinyin = row.Optional("name_pinyin"),
                GeometryGeoJson = geometry.GetValueOrDefault(row["code"]),
            });
        }
    }

    private static void ReadCategories(string folder, DatasetContents into)
    {
        foreach (var row in CsvRow.ReadAll(Path.Combine(folder, "programme", "categories.csv")))
        {
            into.Categories.Add(new IndustryCategory
            {
                Code = row["code"],
                SortOrder = int.Parse(row["sort_order"], CultureInfo.InvariantCulture),
                NameZh = row["name_zh"],
                NameEn = row["name_en"],
                Grouping = Enum.Parse<IndustryGrouping>(row["grouping"], ignoreCase: true),
                Gbt4754Codes = row["gbt4754_codes"],
            });
        }
    }

    private static void ReadZones(string folder, DatasetContents into)
    {
        var standard = CsvRow.ReadAll(Path.Combine(folder, "zones", "jilin_development_zones.csv")).ToDictionary(r => r["zone_id"]);
        foreach (var row in CsvRow.ReadAll(Path.Combine(folder, "zones", "jilin_zones_catalogue2018.csv")))
        {
            var gbtId = row.Optional("gbt37028_zone_id");
            var gbt = gbtId is null ? null : standard[gbtId];
            var national = row["level"] == "national";
            into.Zones.Add(new DevelopmentZone
            {
                Code = gbtId ?? row["catalogue_code"],
                CatalogueCode = row["catalogue_code"],
                NameZh = row["name_zh"],
                NameEn = row["name_en"],
                Level = national ? ZoneLevel.National : ZoneLevel.Provincial,
                TypeCode = gbt?["type_code"] ?? TypeCodeOf(row["zone_type_zh"], national),
                TypeZh = row["zone_type_zh"],
                TypeEn = row["zone_type_en"],
                PrefectureCode = row["prefecture_code"],
                CountyCode = row.Optional("county_code"),
                ApprovalDate = ParseYearMonth(row.Optional("approval_date")),
                AreaHectares = row.OptionalNumber("approved_area_ha"),
                LeadingIndustriesZh = row.Optional("leading_industries_zh"),
                LeadingIndustriesEn = row.Optional("leading_industries_en"),
                Longitude = row.OptionalNumber("lon_gcj02"),
                Latitude = row.OptionalNumber("lat_gcj02"),
            });
        }
    }

    private static string TypeCodeOf(string typeZh, bool national) => typeZh switch
    {
        "经济技术开发区" => "101",
        "高新技术产业开发区" => "103",
        "海关特殊监管区域" => "104",
        "边境/跨境经济合作区" => "105",
        "经济开发区" => "201",
        _ => national ? "199" : "299",
    };

    private static DateOnly? ParseYearMonth(string? text) =>
        text is not null && DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static void ReadBelts(string folder, DatasetContents into)
    {
        foreach (var row in CsvRow.ReadAll(Path.Combine(folder, "programme", "belts.csv")))
        {
            into.Belts.Add(new Belt
            {
                Code = row["code"],
                NameZh = row["name_zh"],
                NameEn = row["name_en"],
                MemberPrefectureCodes = row["member_prefecture_codes"],
                DesignatedCategoryCodes = string.Empty,
                Source = row.Optional("source"),
            });
        }
    }

    private static void ReadListedCompanies(string folder, DatasetContents into)
    {
        var concordance = ReadListedConcordance(Path.Combine(folder, "enterprises", "listed_industry_gbt.csv"));
        foreach (var row in CsvRow.ReadAll(Path.Combine(folder, "enterprises", "jilin_listed_companies.csv")))
        {
            var label = row.Optional("industry_en");
            if (label is not null && !concordance.ContainsKey(label))
            {
                throw new InvalidDataException($"{row.File}, row {row.Row}, column 'industry_en': '{label}' is not in listed_industry_gbt.csv.");
            }

            into.Enterprises.Add(new Enterprise
            {
                Code = row["ts_code"],
                NameZh = row["name_zh"],
                NameEn = $"{row["name_initials"]} ({row["ts_code"]})",
                Ownership = row.Optional("controller_type_en"),
                Size = EnterpriseSize.Large,
                IndustryLabel = label,
                IndustryCode = label is null ? null : concordance[label],
                Provenance = Provenance.Real,
                Source = "Tushare stock_basic (listed companies registered in Jilin), via yzq129/quant-factor",
            });
        }
    }

    /// <summary>Our own concordance of the listed companies' industry labels to GB/T 4754-2017 (code with its section letter;
    /// empty where no single code fits).</summary>
    private static Dictionary<string, string?> ReadListedConcordance(string path)
    {
        var codes = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var row in CsvRow.ReadAll(path))
        {
            var label = row.Optional("label") ?? throw new InvalidDataException($"{row.File}, row {row.Row}, column 'label': empty.");
            if (!codes.TryAdd(label, row.Optional("gbt4754_code")))
            {
                throw new InvalidDataException($"{row.File}, row {row.Row}, column 'label': '{label}' is listed twice.");
            }
        }

        return codes;
    }

    private static void ReadCensus(string folder, DatasetContents into)
    {
        const string source = "NBS, Tabulation on the 2020 Population Census of China by County, via thebamboogrove/tudigong";
        var sectors = CsvRow.ReadAll(Path.Combine(folder, "stats", "jilin_census2020_sectors.csv"))
            .ToDictionary(r => "ind_share_" + r["sector"], r => (En: r["name_en"], Zh: r["name_zh"]), StringComparer.Ordinal);
        foreach (var (file, unitOf) in new (string, Func<string, string>)[]
        {
            ("jilin_county_census2020_population.csv", c => c == "resident_population" ? "persons" : c.StartsWith("sex_ratio", StringComparison.Ordinal) ? "males per 100 females" : "share"),
            ("jilin_county_census2020_employment.csv", _ => "share"),
        })
        {
            foreach (var row in CsvRow.ReadAll(Path.Combine(folder, "stats", file)))
            {
                foreach (var column in row.Columns.Where(c => c is not ("code" or "name_zh" or "name_en" or "prefecture_code" or "unit_type")))
                {
                    var value = row.OptionalNumber(column);
                    if (value is null)
                    {
                        continue;
                    }

                    var code = "census_" + column;
                    var (nameEn, nameZh) = sectors.TryGetValue(column, out var sector)
                        ? CensusSectors.IndicatorNames(sector.En, sector.Zh)
                        : (Humanise(column), "人口普查：" + column);
                    into.Define(code, nameEn, nameZh, unitOf(column), EntityKind.Region, IndicatorDirection.Neutral);
                    into.Observations.Add(Real(EntityKind.Region, row["code"], code, "2020", value.Value, ObservationStatus.Verified, source));
                }
            }
        }
    }

    private static void ReadHeadlines(string folder, DatasetContents into)
    {
        foreach (var row in CsvRow.ReadAll(Path.Combine(folder, "stats", "jilin_headline_indicators.csv")))
        {
            // Structure ratios such as 7.7:42.5:49.8 are three numbers, and the shares are also given one by one.
            if (row["value"].Contains(':', StringComparison.Ordinal))
            {
                continue;
            }

            var industry = row.Optional("industry");
            var code = industry is null ? row["indicator"] : row["indicator"] + "." + Slug(EnglishPart(industry));
            code = UnitQualified(into, code, row["unit"]);
            into.Define(code, Humanise(code), industry is null ? row["indicator"] : $"{row["indicator"]}：{industry}", row["unit"], EntityKind.Region);
            into.Observations.Add(Real(EntityKind.Region, row["region_code"], code, row["period"], row.Number("value"),
                ObservationStatus.Reported, $"{row["source_kind"]}: {row["source_url"]}"));
        }
    }

    private static void ReadZoneFacts(string folder, DatasetContents into)
    {
        var zones = into.Zones.Select(z => z.Code).ToHashSet();
        foreach (var row in CsvRow.ReadAll(Path.Combine(folder, "zones", "jilin_zone_facts.csv")))
        {
            var period = row.Optional("period");
            if (period is null || row.Optional("industry") is not null || !zones.Contains(row["zone_id"])
                || row["unit"] is "date" or "year" or "month" or "list")
            {
                continue;
            }

            var source = $"{row["source_kind"]}: {row["source_url"]}";
            // Facts read off a web page carry the page's date ("as of page 2019-01-28"): kept as that month.
            var asOf = AsOfPage().Match(period);
            if (asOf.Success)
            {
                period = asOf.Groups[1].Value;
                source = $"{source} ({row["period"]})";
            }

            var value = row.Number("value");
            var unit = row["unit"];
            if (unit == "10k CNY")
            {
                value /= 10_000;
                unit = "100m CNY";
            }

            var code = "zone_" + row["indicator"];
            into.Define(code, Humanise(code), row["indicator"], unit, EntityKind.Zone);
            into.Observations.Add(Real(EntityKind.Zone, row["zone_id"], code, period, value, ObservationStatus.Reported, source));
        }
    }

    private static string UnitQualified(DatasetContents into, string code, string unit)
    {
        var existing = into.Indicators.FirstOrDefault(i => i.Code == code);
        return existing is null || existing.Unit == unit ? code : code + "_" + Slug(unit);
    }

    private static Observation Real(EntityKind kind, string entity, string indicator, string period, double value, ObservationStatus status, string source) =>
        !ReportingPeriod.IsValid(period)
            ? throw new InvalidDataException($"{entity}, {indicator}: period '{period}' is not a year, quarter or month.")
            : new()
        {
            EntityKind = kind, EntityCode = entity, IndicatorCode = indicator, Period = period, Value = value,
            Status = status, Provenance = Provenance.Real, Source = source,
        };

    private static string EnglishPart(string text)
    {
        var open = text.IndexOf('(', StringComparison.Ordinal);
        if (open < 0)
        {
            return text;
        }

        var inner = text[(open + 1)..];
        var end = inner.IndexOfAny([',', ')']);
        return end < 0 ? inner : inner[..end];
    }

    private static string Slug(string text) => NonWord().Replace(text.ToLowerInvariant(), "_").Trim('_');

    private static string Humanise(string code) =>
        CultureInfo.InvariantCulture.TextInfo.ToTitleCase(code.Replace('_', ' ').Replace('.', ' ')).Replace("Gdp", "GDP", StringComparison.Ordinal);

    [GeneratedRegex(@"^as of page (\d{4}-\d{2})-\d{2}$")]
    private static partial Regex AsOfPage();

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonWord();
}
