namespace ClusterScope.Data.Registry;

/// <summary>How completely one year of an indicator is reported: of the entities expected to report, how many have a figure.</summary>
/// <param name="Year">The year.</param>
/// <param name="Reported">Expected entities with a figure in the year.</param>
/// <param name="Expected">Entities expected to report (every entity of the kind in the registry, or of the plan's scope).</param>
/// <param name="Sample">How many of the reported figures are generated sample.</param>
/// <param name="IsComplete">Whether <see cref="Share"/> reaches the minimum coverage the choice was made with.</param>
public sealed record PeriodCoverage(int Year, int Reported, int Expected, int Sample, bool IsComplete)
{
    /// <summary>Reported over expected, 0 to 1; 0 when nothing is expected.</summary>
    public double Share => Expected == 0 ? 0 : (double)Reported / Expected;
}
