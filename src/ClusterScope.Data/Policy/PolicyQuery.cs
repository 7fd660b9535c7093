using ClusterScope.Domain.Policy;

namespace ClusterScope.Data.Policy;

/// <summary>A search of the policy library.</summary>
/// <param name="Text">What to look for: words, Chinese runs and "quoted phrases" (see <see cref="PolicySearchIndex"/>);
/// empty lists every document that passes the filters.</param>
/// <param name="Level">Only documents of this level.</param>
/// <param name="Type">Only documents of this type (e.g. <c>opinion</c>).</param>
/// <param name="Issuer">Only documents of this issuer (its English or Chinese name, exactly).</param>
/// <param name="Topic">Only documents with this topic.</param>
/// <param name="Status">Only documents in this status.</param>
/// <param name="From">Issued on or after this date.</param>
/// <param name="To">Issued on or before this date.</param>
/// <param name="ByDate">Newest first instead of by relevance.</param>
/// <param name="Chinese">Highlight the Chinese summary instead of the English one.</param>
/// <param name="Limit">At most this many hits.</param>
public sealed record PolicyQuery(
    string? Text,
    PolicyLevel? Level = null,
    string? Type = null,
    string? Issuer = null,
    string? Topic = null,
    PolicyStatus? Status = null,
    DateOnly? From = null,
    DateOnly? To = null,
    bool ByDate = false,
    bool Chinese = false,
    int Limit = 50);

/// <summary>One document found, with its relevance and a highlighted snippet.</summary>
/// <param name="Code">The document's code.</param>
/// <param name="Issued">Date issued.</param>
/// <param name="TitleZh">Chinese title.</param>
/// <param name="TitleEn">English title.</param>
/// <param name="IssuerZh">Issuer in Chinese.</param>
/// <param name="IssuerEn">Issuer in English.</param>
/// <param name="Level">Issuing level.</param>
/// <param name="Type">Document type.</param>
/// <param name="Score">Lucene relevance (0 when the query has no text).</param>
/// <param name="Snippet">HTML: the best fragment of the summary or full text with the matches in <c>&lt;mark&gt;</c>, the rest
/// encoded.</param>
public sealed record PolicyHit(string Code, DateOnly? Issued, string TitleZh, string TitleEn, string IssuerZh, string IssuerEn,
    PolicyLevel Level, string Type, double Score, string Snippet);
