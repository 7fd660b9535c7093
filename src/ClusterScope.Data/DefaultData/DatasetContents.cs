using ClusterScope.Domain.Registry;
using ClusterScope.Domain.Targets;

namespace ClusterScope.Data.DefaultData;

/// <summary>Everything a data set holds, read and generated in memory before anything is written.</summary>
public sealed class DatasetContents
{
    /// <summary>Regions.</summary>
    public List<Region> Regions { get; } = [];

    /// <summary>Development zones.</summary>
    public List<DevelopmentZone> Zones { get; } = [];

    /// <summary>Industry categories.</summary>
    public List<IndustryCategory> Categories { get; } = [];

    /// <summary>Belts.</summary>
    public List<Belt> Belts { get; } = [];

    /// <summary>Clusters.</summary>
    public List<Cluster> Clusters { get; } = [];

    /// <summary>Enterprises.</summary>
    public List<Enterprise> Enterprises { get; } = [];

    /// <summary>Candidate firms for investment promotion.</summary>
    public List<Domain.Chains.Candidate> Candidates { get; } = [];

    /// <summary>Incubators.</summary>
    public List<Incubator> Incubators { get; } = [];

    /// <summary>Indicators.</summary>
    public List<Indicator> Indicators { get; } = [];

    /// <summary>Observations.</summary>
    public List<Observation> Observations { get; } = [];

    /// <summary>Plans, each with its targets.</summary>
    public List<Plan> Plans { get; } = [];

    /// <summary>Adds an indicator unless one with the same code is there.</summary>
    public void Define(string code, string nameEn, string nameZh, string unit, EntityKind kind, IndicatorDirection direction = IndicatorDirection.Positive)
    {
        if (Indicators.All(i => i.Code != code))
        {
            Indicators.Add(new Indicator { Code = code, NameEn = nameEn, NameZh = nameZh, Unit = unit, EntityKind = kind, Direction = direction });
        }
    }
}
