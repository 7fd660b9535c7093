namespace ClusterScope.Domain.Evaluation;

/// <summary>Weights that replace the framework's for the units of one group (e.g. western zones).</summary>
/// <remarks>Used for the group's own score and ranking: within a group every unit is judged with the same weights, so the
/// group ranking stays a fair comparison. The overall ranking uses the framework weights.</remarks>
/// <param name="Group">The group code, as in the groups file.</param>
/// <param name="Weights">Weight per dimension or indicator code; codes not listed keep the framework weight.</param>
public sealed record GroupWeights(string Group, IReadOnlyDictionary<string, double> Weights);
