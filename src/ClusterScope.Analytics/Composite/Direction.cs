namespace ClusterScope.Analytics.Composite;

/// <summary>Whether a higher indicator value is better (<see cref="Positive"/>) or worse (<see cref="Negative"/>).</summary>
/// <remarks>COINr's <c>iMeta$Direction</c> (+1 / -1). Normalisation multiplies the values by the direction
/// before rescaling, as COINr's <c>Normalise.numeric</c> does.</remarks>
public enum Direction
{
    /// <summary>Lower is better: values are multiplied by -1 before normalisation.</summary>
    Negative = -1,

    /// <summary>Higher is better.</summary>
    Positive = 1,
}
