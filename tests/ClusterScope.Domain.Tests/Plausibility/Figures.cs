using ClusterScope.Domain.Plausibility;
using ClusterScope.Domain.Registry;

namespace ClusterScope.Domain.Tests.Plausibility;

/// <summary>Short ways to write the figures, parents and checks of the plausibility tests.</summary>
internal static class Figures
{
    public static ReportedFigure Cluster(string code, string indicator, string period, double value) =>
        new(EntityKind.Cluster, code, indicator, period, value);

    public static ReportedFigure Zone(string code, string indicator, string period, double value) =>
        new(EntityKind.Zone, code, indicator, period, value);

    public static ReportedFigure Output(string cluster, string period, double value) => Cluster(cluster, "cluster_output", period, value);

    /// <summary>Clusters C1, C2, C3 in zone Z1; enterprise E1 in cluster C1.</summary>
    public static IReadOnlyDictionary<EntityRef, EntityRef> Parents { get; } = new Dictionary<EntityRef, EntityRef>
    {
        [new(EntityKind.Cluster, "C1")] = new(EntityKind.Zone, "Z1"),
        [new(EntityKind.Cluster, "C2")] = new(EntityKind.Zone, "Z1"),
        [new(EntityKind.Cluster, "C3")] = new(EntityKind.Zone, "Z1"),
        [new(EntityKind.Enterprise, "E1")] = new(EntityKind.Cluster, "C1"),
    };

    public static IReadOnlyList<PlausibilityFlag> Check(ReportedFigure[] submitted, ReportedFigure[]? history = null,
        PlausibilitySettings? settings = null) =>
        PlausibilityChecker.Check(submitted, history ?? [], Parents, settings ?? PlausibilitySettings.Default);

    public static IReadOnlyList<PlausibilityFlag> Check(PlausibilityRule rule, ReportedFigure[] submitted, ReportedFigure[]? history = null,
        PlausibilitySettings? settings = null) =>
        Check(submitted, history, settings).Where(f => f.Rule == rule).ToList();
}
