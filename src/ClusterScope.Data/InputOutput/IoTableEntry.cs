namespace ClusterScope.Data.InputOutput;

/// <summary>One shipped table: its id, year, number of sectors and file.</summary>
/// <param name="Id">e.g. <c>china-2020-42</c>.</param>
/// <param name="Year">Table year.</param>
/// <param name="SectorCount">Number of sectors.</param>
/// <param name="Path">The CSV file.</param>
public sealed record IoTableEntry(string Id, int Year, int SectorCount, string Path);
