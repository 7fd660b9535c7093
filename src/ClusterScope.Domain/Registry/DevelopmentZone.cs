namespace ClusterScope.Domain.Registry;

/// <summary>A development zone (开发区): an approved area with its own administration and leading industries.</summary>
public sealed class DevelopmentZone
{
    /// <summary>The zone's code: its GB/T 37028-2018 code (e.g. 22101001), or NBS&lt;code&gt; when the standard does not list it.</summary>
    public required string Code { get; set; }

    /// <summary>Chinese name.</summary>
    public required string NameZh { get; set; }

    /// <summary>English name.</summary>
    public required string NameEn { get; set; }

    /// <summary>Approval level.</summary>
    public ZoneLevel Level { get; set; }

    /// <summary>GB/T 37028 type code, e.g. 101 (national economic and technological development zone).</summary>
    public required string TypeCode { get; set; }

    /// <summary>Type name in Chinese.</summary>
    public required string TypeZh { get; set; }

    /// <summary>Type name in English.</summary>
    public required string TypeEn { get; set; }

    /// <summary>Code of the prefecture the zone lies in.</summary>
    public required string PrefectureCode { get; set; }

    /// <summary>Code of the county the zone lies in, where known.</summary>
    public string? CountyCode { get; set; }

    /// <summary>Approval date as printed in the 2018 catalogue (year and month), where known.</summary>
    public DateOnly? ApprovalDate { get; set; }

    /// <summary>Approved area in hectares, where known.</summary>
    public double? AreaHectares { get; set; }

    /// <summary>Leading industries in Chinese, separated by 、 as the catalogue prints them.</summary>
    public string? LeadingIndustriesZh { get; set; }

    /// <summary>Leading industries in English, separated by "; ".</summary>
    public string? LeadingIndustriesEn { get; set; }

    /// <summary>Eco-industrial demonstration status.</summary>
    public EcoIndustrialStatus EcoIndustrialStatus { get; set; }

    /// <summary>The 2018 catalogue code (G… national, S… provincial), where the zone is in the catalogue.</summary>
    public string? CatalogueCode { get; set; }

    /// <summary>Approximate marker longitude in GCJ-02 (matches the boundary files); not a zone boundary.</summary>
    public double? Longitude { get; set; }

    /// <summary>Approximate marker latitude in GCJ-02.</summary>
    public double? Latitude { get; set; }

    /// <summary>Optimistic-concurrency version, incremented on every edit.</summary>
    public int Version { get; set; }

    /// <summary>The leading industries as a list (Chinese terms).</summary>
    public IReadOnlyList<string> LeadingIndustryTerms() =>
        string.IsNullOrWhiteSpace(LeadingIndustriesZh) ? [] : LeadingIndustriesZh.Split('、', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
