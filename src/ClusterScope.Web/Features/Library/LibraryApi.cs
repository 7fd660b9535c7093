using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using ClusterScope.Data.Policy;
using ClusterScope.Domain.Policy;
using ClusterScope.Web.Features.Api;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ClusterScope.Web.Features.Library;

/// <summary>The policy library under <c>/api/v1/library</c> (public: the documents are published policy) and its Atom feed
/// at <c>/library/feed.atom</c>.</summary>
internal static class LibraryApi
{
    public static IEndpointRouteBuilder MapLibraryApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/library").WithTags("Policy library");
        api.MapGet("/search", SearchAsync);
        api.MapGet("/documents/{code}", GetAsync);
        app.MapGet("/library/feed.atom", FeedAsync).ExcludeFromDescription();
        return app;
    }

    /// <summary>Searches the library. <c>q</c>: words and Chinese runs, each matched as a phrase, or "quoted phrases"; filters
    /// <c>level</c>, <c>type</c>, <c>issuer</c>, <c>topic</c>, <c>status</c>, <c>from</c>/<c>to</c> (yyyy-MM-dd); <c>sort</c>
    /// relevance or date; <c>lang</c> zh or en picks the summary the snippet comes from; <c>limit</c> 1-1000.</summary>
    public static async Task<IResult> SearchAsync(PolicyLibrary library, CancellationToken ct, string? q = null, string? level = null, string? type = null,
        string? issuer = null, string? topic = null, string? status = null, string? from = null, string? to = null, string? sort = null, string? lang = null,
        string? limit = null)
    {
        var (query, errors) = new LibrarySearchForm(q, level, type, issuer, topic, status, from, to, sort, limit).Parse(lang is "zh" or "zh-CN");
        if (lang is not (null or "zh" or "zh-CN" or "en"))
        {
            errors["lang"] = ($"lang must be zh or en; got '{lang}'.", "");
        }

        if (query is null || errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(e => e.Key, e => new[] { e.Value.En }), title: "Bad query parameters");
        }

        return TypedResults.Ok(await library.SearchAsync(query, ct));
    }

    /// <summary>One document with all its facts, both summaries and its links.</summary>
    public static async Task<Results<Ok<PolicyDocument>, ProblemHttpResult>> GetAsync(string code, PolicyLibrary library, CancellationToken ct) =>
        await library.FindAsync(code, ct) is { } document ? TypedResults.Ok(document) : RegistryApi.NotFound("policy document", code);

    /// <summary>Atom 1.0 (RFC 4287) feed of the 50 documents added or changed last, optionally of one topic.</summary>
    public static async Task<IResult> FeedAsync(HttpContext context, PolicyLibrary library, CancellationToken ct, string? topic = null)
    {
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var documents = await library.RecentAsync(string.IsNullOrWhiteSpace(topic) ? null : topic.Trim(), 50, ct);
        var root = $"{context.Request.Scheme}://{context.Request.Host}";
        var updated = documents.Count == 0 ? DateTime.UnixEpoch : documents.Max(d => d.UpdatedAt);
        var feed = new XElement(atom + "feed",
            new XElement(atom + "id", $"{root}/library/feed.atom{(topic is null ? "" : "?topic=" + Uri.EscapeDataString(topic))}"),
            new XElement(atom + "title", topic is null ? "ClusterScope policy library / 政策文库" : $"ClusterScope policy library / 政策文库: {topic}"),
            new XElement(atom + "updated", Stamp(updated)),
            new XElement(atom + "link", new XAttribute("rel", "self"), new XAttribute("href", $"{root}{context.Request.Path}{context.Request.QueryString}")),
            documents.Select(d => new XElement(atom + "entry",
                new XElement(atom + "id", $"{root}/library/{Uri.EscapeDataString(d.Code)}"),
                new XElement(atom + "title", $"{d.TitleZh} / {d.TitleEn}"),
                new XElement(atom + "updated", Stamp(d.UpdatedAt)),
                d.Issued is { } issued ? new XElement(atom + "published", issued.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z") : null,
                new XElement(atom + "author", new XElement(atom + "name", $"{d.IssuerZh} / {d.IssuerEn}")),
                new XElement(atom + "link", new XAttribute("href", $"{root}/library/{Uri.EscapeDataString(d.Code)}")),
                d.TopicList().Select(t => new XElement(atom + "category", new XAttribute("term", t))),
                new XElement(atom + "summary", $"{d.SummaryZh}\n\n{d.SummaryEn}"))));
        // XElement.ToString writes no declaration; the feed names its encoding itself.
        return Results.Text("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + feed, "application/atom+xml; charset=utf-8");
    }

    private static string Stamp(DateTime at) => XmlConvert.ToString(DateTime.SpecifyKind(at, DateTimeKind.Utc), XmlDateTimeSerializationMode.Utc);
}
