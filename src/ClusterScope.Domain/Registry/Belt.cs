namespace ClusterScope.Domain.Registry;

/// <summary>An industrial agglomeration belt: a corridor of prefectures with designated industries.</summary>
public sealed class Belt
{
    /// <summary>Short stable code, e.g. <c>changchun-jilin-tumen</c>.</summary>
    public required string Code { get; set; }

    /// <summary>Chinese name.</summary>
    public required string NameZh { get; set; }

    /// <summary>English name.</summary>
    public required string NameEn { get; set; }

    /// <summary>Member prefecture codes separated by ";".</summary>
    public required string MemberPrefectureCodes { get; set; }

    /// <summary>Designated industry category codes separated by ";".</summary>
    public required string DesignatedCategoryCodes { get; set; }

    /// <summary>Where the designation comes from.</summary>
    public string? Source { get; set; }

    /// <summary>Member prefecture codes as a list.</summary>
    public IReadOnlyList<string> MemberPrefectures() => MemberPrefectureCodes.Split(';', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Designated categories as a list.</summary>
    public IReadOnlyList<string> DesignatedCategories() => DesignatedCategoryCodes.Split(';', StringSplitOptions.RemoveEmptyEntries);
}
