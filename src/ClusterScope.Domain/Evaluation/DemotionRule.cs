namespace ClusterScope.Domain.Evaluation;

/// <summary>A rule over several runs: a unit placed in its group's bottom <see cref="Bottom"/> at least
/// <see cref="Placings"/> times within <see cref="Years"/> consecutive years is demoted.</summary>
/// <remarks>The 2021 national ETDZ evaluation: two placings in the group's bottom 5 within three consecutive years.</remarks>
/// <param name="Placings">How many bottom placings trigger demotion.</param>
/// <param name="Bottom">The size of the bottom band of the ranking.</param>
/// <param name="Years">The length of the window of consecutive years.</param>
/// <param name="Scope">Whether the bottom band is the group's or the overall ranking's.</param>
public sealed record DemotionRule(int Placings = 2, int Bottom = 5, int Years = 3, RankingScope Scope = RankingScope.Group);
