namespace ClusterScope.Domain.Chains;

/// <summary>A public document whose structure a chain template follows.</summary>
/// <param name="TitleZh">The document's Chinese title.</param>
/// <param name="TitleEn">Its English title (ours when the document has none).</param>
/// <param name="Issuer">Who published it.</param>
/// <param name="Year">The year of publication.</param>
/// <param name="Url">Where it can be read, when known.</param>
/// <param name="Note">What the template took from it.</param>
public sealed record ChainSource(string TitleZh, string TitleEn, string Issuer, int Year, string? Url, string? Note);
