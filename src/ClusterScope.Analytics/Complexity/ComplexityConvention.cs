namespace ClusterScope.Analytics.Complexity;

/// <summary>Which package's scale, sign and normalisation the complexity indices follow.</summary>
public enum ComplexityConvention
{
    /// <summary>py-ecomplexity 0.5.2 (the default): eigenvector of the exact M_pp, sign from the correlation of
    /// the region index with diversity, ECI z-scored with the population sd, PCI normalised with ECI's mean and sd.</summary>
    PyEcomplexity,

    /// <summary>EconGeo 2.1 <c>kci</c>/<c>tci</c>: eigenvector 2 of M_cc and M_pp rounded to 4 decimals, scaled to
    /// v / sum(v); KCI oriented by its correlation with <c>morc(steps = 20)</c>, TCI by the Spearman correlation with ubiquity.</summary>
    EconGeo,
}
