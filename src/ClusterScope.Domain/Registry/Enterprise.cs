namespace ClusterScope.Domain.Registry;

/// <summary>An enterprise, real (e.g. a listed company registered in the province) or generated sample.</summary>
public sealed class Enterprise
{
    /// <summary>Stable code: the stock code for listed companies (e.g. 000030.SZ), a generated code for sample enterprises.</summary>
    public required string Code { get; set; }

    /// <summary>Unified social credit code, validated with its check character; null when not known.</summary>
    public string? CreditCode { get; set; }

    /// <summary>Name (Chinese).</summary>
    public required string NameZh { get; set; }

    /// <summary>Name in English or pinyin.</summary>
    public required string NameEn { get; set; }

    /// <summary>Ownership, e.g. "local state-owned", "private".</summary>
    public string? Ownership { get; set; }

    /// <summary>Size class.</summary>
    public EnterpriseSize Size { get; set; }

    /// <summary>Industry: GB/T 4754-2017 code where known, otherwise the source's own label.</summary>
    public string? IndustryCode { get; set; }

    /// <summary>Industry label as the source gives it.</summary>
    public string? IndustryLabel { get; set; }

    /// <summary>The development zone the enterprise is in, where known.</summary>
    public string? ZoneCode { get; set; }

    /// <summary>The cluster the enterprise belongs to, where known.</summary>
    public string? ClusterCode { get; set; }

    /// <summary>A leading enterprise (龙头企业) of its cluster.</summary>
    public bool IsLeading { get; set; }

    /// <summary>A certified high-tech enterprise.</summary>
    public bool IsHighTech { get; set; }

    /// <summary>A technology start-up.</summary>
    public bool IsStartUp { get; set; }

    /// <summary>Whether the record is real or generated.</summary>
    public Provenance Provenance { get; set; }

    /// <summary>Where the record comes from.</summary>
    public string? Source { get; set; }
}
