namespace ClusterScope.Domain.Evaluation;

/// <summary>Where an element of a framework (a dimension, an indicator, a weight) comes from.</summary>
/// <remarks>Frameworks that copy an official evaluation must say which parts are the document's and which are ours,
/// because officials will read the result as the official method.</remarks>
public enum SourceKind
{
    /// <summary>Stated in the official document the framework cites.</summary>
    Official,

    /// <summary>Taken from a task of the programme the framework serves (e.g. Jilin's cluster programme).</summary>
    Programme,

    /// <summary>Our assumption where the source is silent (e.g. sub-indicators, weights not made public).</summary>
    Assumed,
}
