using ClusterScope.Domain.Registry;

namespace ClusterScope.Domain.Chains;

/// <summary>A company an investment officer would like to attract (招商目标企业), imported from a list; not yet in the province.</summary>
public sealed class Candidate
{
    /// <summary>The list's own id for the firm, unique (e.g. "CAND-0001").</summary>
    public required string Code { get; set; }

    /// <summary>Name (Chinese).</summary>
    public required string NameZh { get; set; }

    /// <summary>Name in English or pinyin, where known.</summary>
    public string? NameEn { get; set; }

    /// <summary>Unified social credit code, where known; validated with its check character.</summary>
    public string? CreditCode { get; set; }

    /// <summary>GB/T 4754-2017 code of its main business, with or without the section letter ("3670" or "C3670").</summary>
    public required string IndustryCode { get; set; }

    /// <summary>Where the firm is based, e.g. "广东省深圳市" or "Germany".</summary>
    public string? Origin { get; set; }

    /// <summary>Size class.</summary>
    public EnterpriseSize Size { get; set; }

    /// <summary>What the officer knows: products, contacts, plans. Product words here help place the firm on a segment.</summary>
    public string? Notes { get; set; }

    /// <summary>Whether the record is real or generated.</summary>
    public Provenance Provenance { get; set; }

    /// <summary>Where the record comes from.</summary>
    public string? Source { get; set; }
}
