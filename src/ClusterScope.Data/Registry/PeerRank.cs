namespace ClusterScope.Data.Registry;

/// <summary>Where an entity stands among its peers by output in one year: 1 is the largest.</summary>
/// <param name="Rank">Position among the peers with a figure, largest first (ties share the better position).</param>
/// <param name="Ranked">Peers with a figure in the year, the entity included.</param>
/// <param name="Peers">Peers in all, with a figure or not.</param>
/// <param name="Year">The year ranked.</param>
public sealed record PeerRank(int Rank, int Ranked, int Peers, int Year)
{
    /// <summary>The rank of <paramref name="value"/> among <paramref name="peerValues"/> (null values are unranked); null when it has no value.</summary>
    public static PeerRank? Of(double? value, IReadOnlyCollection<double?> peerValues, int? year) =>
        value is not { } v || year is not { } y ? null
            : new PeerRank(1 + peerValues.Count(p => p > v), peerValues.Count(p => p is not null), peerValues.Count, y);
}
