namespace ClusterScope.Data.Submissions;

/// <summary>Who acts on submissions, as far as they matter: the name, the role and the zones assigned.</summary>
/// <param name="Name">The user name, kept as submitter or reviewer.</param>
/// <param name="IsAdmin">Reviews, sees every submission and may report for any zone.</param>
/// <param name="IsAnalyst">Sees every submission and changes none.</param>
/// <param name="Zones">The zones a zone manager reports for and whose submissions they see.</param>
public sealed record SubmissionUser(string Name, bool IsAdmin, bool IsAnalyst, IReadOnlySet<string> Zones)
{
    /// <summary>Whether the user may see the submissions of <paramref name="zoneCode"/>.</summary>
    public bool Sees(string zoneCode) => IsAdmin || IsAnalyst || Zones.Contains(zoneCode);

    /// <summary>Whether the user may submit figures for <paramref name="zoneCode"/>.</summary>
    public bool Reports(string zoneCode) => IsAdmin || Zones.Contains(zoneCode);
}
