using ClusterScope.Domain.Registry;
using ClusterScope.Domain.Targets;

namespace ClusterScope.Domain.Tests.Targets;

/// <summary>Small hand-built plans and data whose results can be checked on paper.</summary>
internal static class Hand
{
    /// <summary>Clusters A (Z1, equipment), B (Z1, food), C (Z2, equipment), D (Z2, auto parts, never observed);
    /// output 2015: A 1000, B 100, C 10; 2016: A 1100, B 120, C 20; 2017: A 1200, B 150, C 30 (100m CNY);
    /// gross industrial output of 220000 in 2017: 4600. Zones: Z1 provincial eco-zone with 2 incubators, Z2 national with
    /// none, Z3 no status with 1.</summary>
    public static ObservedData Data(bool withStatuses = true) => new(
        [
            new("A", "Z1", "equipment", "Cluster A", "集群A"),
            new("B", "Z1", "food", "Cluster B", "集群B"),
            new("C", "Z2", "equipment", "Cluster C", "集群C"),
            new("D", "Z2", "auto_parts", "Cluster D", "集群D"),
        ],
        [
            new("Z1", "Zone 1", "开发区1", withStatuses ? EcoIndustrialStatus.Provincial : EcoIndustrialStatus.None, 2),
            new("Z2", "Zone 2", "开发区2", withStatuses ? EcoIndustrialStatus.National : EcoIndustrialStatus.None, 0),
            new("Z3", "Zone 3", "开发区3", EcoIndustrialStatus.None, 1),
        ],
        [
            Output("A", 2015, 1000), Output("B", 2015, 100), Output("C", 2015, 10),
            Output("A", 2016, 1100), Output("B", 2016, 120), Output("C", 2016, 20),
            Output("A", 2017, 1200), Output("B", 2017, 150), Output("C", 2017, 30),
            new(EntityKind.Region, "220000", "gross_industrial_output", 2017, 4600, false),
        ]);

    public static Target Target(TargetKind kind, double value, string? condition = null, string code = "target", Comparator comparator = Comparator.AtLeast,
        int deadline = 2017, string? partOf = null, string unit = "clusters") => new()
    {
        PlanCode = "plan", Code = code, NameEn = code, NameZh = code, Kind = kind, Comparator = comparator, Value = value, Unit = unit,
        DeadlineYear = deadline, Condition = condition, PartOf = partOf,
        Indicator = kind switch
        {
            TargetKind.Count or TargetKind.Sum or TargetKind.Share => "cluster_output",
            TargetKind.ProgrammeFigure => "programme_startups",
            _ => null,
        },
        ReferenceIndicator = kind == TargetKind.Share ? "gross_industrial_output" : null,
        ReferenceEntity = kind is TargetKind.Share or TargetKind.ProgrammeFigure ? "220000" : null,
    };

    public static Plan Plan(params Target[] targets)
    {
        var plan = new Plan { Code = "plan", NameEn = "Plan", NameZh = "规划", Issuer = "Province", ScopeRegionCode = "220000", PeriodStart = 2013, PeriodEnd = 2017 };
        plan.Targets.AddRange(targets);
        return plan;
    }

    private static ObservedValue Output(string cluster, int year, double value) => new(EntityKind.Cluster, cluster, "cluster_output", year, value, true);
}
