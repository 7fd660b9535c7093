namespace ClusterScope.Data.InputOutput;

/// <summary>One sector (product) of an input-output table, with the table's own code and its names.</summary>
/// <param name="Code">The table's code (e.g. <c>18</c>), or <c>region:sector</c> in a multi-region user table.</param>
/// <param name="NameEn">English name.</param>
/// <param name="NameZh">Chinese name.</param>
public sealed record IoSector(string Code, string NameEn, string NameZh);
