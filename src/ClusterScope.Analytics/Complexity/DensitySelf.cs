namespace ClusterScope.Analytics.Complexity;

/// <summary>Whether an industry's own (unit) proximity counts in its density, complexity outlook and outlook gain.</summary>
public enum DensitySelf
{
    /// <summary>py-ecomplexity 0.5.2 (the default): the unit diagonal of the proximity matrix is used, so an industry
    /// the region already has raises its own density.</summary>
    Include,

    /// <summary>The diagonal is left out of every sum (what the py-ecomplexity maintainers agreed to in issue #38,
    /// and Hidalgo et al. 2007's definition over the other products).</summary>
    Exclude,
}
