namespace ClusterScope.Data.InputOutput;

/// <summary>One IO sector's GB/T 4754-2017 sections and divisions and its programme categories.</summary>
/// <param name="Sector">IO sector code.</param>
/// <param name="NameZh">The sector's Chinese name in the 2020 table, to recognise tables with the same sector list.</param>
/// <param name="Sections">GB/T sections (one letter each).</param>
/// <param name="Divisions">GB/T divisions (two digits).</param>
/// <param name="Categories">Programme categories the sector falls in, wholly or in part.</param>
public sealed record SectorConcordanceRow(string Sector, string NameZh, IReadOnlyList<string> Sections, IReadOnlyList<string> Divisions, IReadOnlyList<CategoryLink> Categories);

/// <summary>A programme category an IO sector belongs to; <paramref name="Full"/> when all of the sector's divisions are in it.</summary>
/// <param name="Category">Category code (data/jilin/programme/categories.csv).</param>
/// <param name="Full">Whether the whole sector is in the category (otherwise only some of its classes are).</param>
public sealed record CategoryLink(string Category, bool Full);
