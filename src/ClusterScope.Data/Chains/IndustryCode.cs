namespace ClusterScope.Data.Chains;

/// <summary>One row of GB/T 4754-2017 with its official Chinese name.</summary>
/// <param name="Level">The row's level.</param>
/// <param name="Code">A section letter or a 2/3/4-digit code without the letter.</param>
/// <param name="Section">The section letter the row belongs to.</param>
/// <param name="ParentCode">Empty for sections; otherwise the code of the level above.</param>
/// <param name="NameZh">The official name.</param>
/// <param name="NameEn">Our own English translation, or null where we wrote none (the standard has no English names).</param>
public sealed record IndustryCode(IndustryLevel Level, string Code, string Section, string ParentCode, string NameZh, string? NameEn = null);
