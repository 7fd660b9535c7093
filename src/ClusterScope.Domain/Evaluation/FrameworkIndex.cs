namespace ClusterScope.Domain.Evaluation;

/// <summary>The top of an evaluation framework: the composite index the dimensions are aggregated into.</summary>
/// <param name="Code">The index code (e.g. <c>INDEX</c>).</param>
/// <param name="Name">Display name.</param>
public sealed record FrameworkIndex(string Code, string Name) : IBilingualName
{
    /// <summary>Display name in Chinese.</summary>
    public string? NameZh { get; init; }
}
