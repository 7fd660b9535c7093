namespace ClusterScope.Domain.Chains;

/// <summary>One industry seen from one place: the Atlas of Economic Complexity's growth-opportunity coordinates.</summary>
/// <param name="IndustryCode">GB/T 4754-2017 class, digits only.</param>
/// <param name="Present">Whether the place has revealed comparative advantage in it (RCA &gt;= 1).</param>
/// <param name="Density">Relatedness density of the place around the industry, 0..1.</param>
/// <param name="Pci">Industry complexity index (z-scored), NaN when the comparison network is disconnected.</param>
/// <param name="Cog">Complexity outlook gain of the place for the industry; 0 when present, NaN without PCI.</param>
public sealed record IndustryOpportunity(string IndustryCode, bool Present, double Density, double Pci, double Cog);
