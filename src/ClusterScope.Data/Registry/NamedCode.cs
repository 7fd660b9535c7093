namespace ClusterScope.Data.Registry;

/// <summary>A code with its Chinese and English names, for read models.</summary>
public sealed record NamedCode(string Code, string NameZh, string NameEn);
