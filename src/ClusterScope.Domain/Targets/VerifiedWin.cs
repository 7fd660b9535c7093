namespace ClusterScope.Domain.Targets;

/// <summary>An investment lead whose win was verified, as plan targets count it.</summary>
/// <param name="LeadId">The lead.</param>
/// <param name="ZoneCode">Its zone.</param>
/// <param name="ZoneNameEn">The zone's English name.</param>
/// <param name="ZoneNameZh">The zone's Chinese name.</param>
/// <param name="ChainCode">Its chain, when given.</param>
/// <param name="Year">The year it was signed.</param>
/// <param name="Investment">Expected investment, 100m CNY.</param>
/// <param name="Jobs">Expected jobs.</param>
public sealed record VerifiedWin(long LeadId, string ZoneCode, string ZoneNameEn, string ZoneNameZh, string? ChainCode, int Year, double Investment, int Jobs)
{
    /// <summary>The indicator of verified investment.</summary>
    public const string InvestmentIndicator = "verified_investment";

    /// <summary>The indicator of verified jobs.</summary>
    public const string JobsIndicator = "verified_jobs";
}
