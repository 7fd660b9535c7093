namespace ClusterScope.Domain.Registry;

/// <summary>One of the cluster programme's industry categories, mapped to GB/T 4754-2017 codes.</summary>
public sealed class IndustryCategory
{
    /// <summary>Short stable code, e.g. <c>equipment</c>.</summary>
    public required string Code { get; set; }

    /// <summary>Chinese name as the plan writes it.</summary>
    public required string NameZh { get; set; }

    /// <summary>English name.</summary>
    public required string NameEn { get; set; }

    /// <summary>Policy grouping.</summary>
    public IndustryGrouping Grouping { get; set; }

    /// <summary>GB/T 4754-2017 codes (division or group level) separated by ";", e.g. <c>C34;C35</c>.</summary>
    public required string Gbt4754Codes { get; set; }

    /// <summary>Display order (the plan's order).</summary>
    public int SortOrder { get; set; }
}
