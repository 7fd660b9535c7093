using ClusterScope.Domain.Registry;

namespace ClusterScope.Domain.Targets;

/// <summary>What target evaluation needs to know of a development zone.</summary>
/// <param name="Code">The zone's code.</param>
/// <param name="NameEn">English name.</param>
/// <param name="NameZh">Chinese name.</param>
/// <param name="EcoIndustrialStatus">Its eco-industrial demonstration status.</param>
/// <param name="Incubators">Number of incubators and pioneer parks serving it.</param>
/// <param name="SampleIncubators">How many of them are generated sample records.</param>
public sealed record ZoneFact(string Code, string NameEn, string NameZh, EcoIndustrialStatus EcoIndustrialStatus, int Incubators, int SampleIncubators = 0);
