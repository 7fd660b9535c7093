namespace ClusterScope.Analytics.Matching;

/// <summary>Weights of the three parts of a fit score and the distance scale.</summary>
/// <param name="Field">Weight of field compatibility.</param>
/// <param name="Distance">Weight of nearness.</param>
/// <param name="Priority">Weight of the enterprise's cluster priority.</param>
/// <param name="DistanceScaleKm">The distance at which nearness falls to 1/e.</param>
public sealed record FitWeights(double Field = 0.6, double Distance = 0.2, double Priority = 0.2, double DistanceScaleKm = 150)
{
    /// <summary>The default weights: 0.6 field, 0.2 distance, 0.2 priority; 150 km scale.</summary>
    public static FitWeights Default { get; } = new();
}
