using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using ClusterScope.Domain.Policy;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace ClusterScope.Data.Policy;

/// <summary>The full-text index of the policy library (Lucene.Net): Chinese fields segmented by SmartCn, English fields by
/// the English analyzer (stop words, Porter stemming).</summary>
/// <remarks>
/// <para>Query text is read as terms separated by spaces, each of which must match (in any field); a term is matched as a
/// phrase of its tokens, so <c>产业集群</c> (which SmartCn splits into 产业/集/群) finds 产业集群发展 and not a text with 产业
/// and 集群 far apart. Text in double quotes is one term: <c>"industrial cluster"</c> finds the phrase (and, stemmed,
/// "industrial clusters") but not the two words apart; unquoted <c>industrial cluster</c> finds both words anywhere.</para>
/// <para>The index lives in memory or in a folder and is stamped with the library's state (document count and latest
/// change); <see cref="EnsureCurrent"/> rebuilds it when the database moved on, so every app instance and the CLI see every
/// change without a shared index.</para>
/// </remarks>
public sealed partial class PolicySearchIndex : IDisposable
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private static readonly string[] ChineseFields = ["title_zh", "summary_zh", "text_zh"];
    private static readonly string[] EnglishFields = ["title_en", "summary_en", "text_en"];
    private readonly Lucene.Net.Store.Directory directory;
    private readonly Analyzer analyzer;
    private readonly System.Threading.Lock gate = new();
    private DirectoryReader? reader;

    /// <summary>An index in memory, or in <paramref name="folder"/> when given.</summary>
    public PolicySearchIndex(string? folder = null)
    {
        directory = folder is null ? new RAMDirectory() : FSDirectory.Open(folder);
        var chinese = new SmartChineseAnalyzer(Version);
        var fields = ChineseFields.ToDictionary(f => f, Analyzer (_) => chinese);
        analyzer = new PerFieldAnalyzerWrapper(new EnglishAnalyzer(Version), fields);
    }

    /// <summary>The stamp of the indexed state, or null before the first build.</summary>
    public string? Stamp
    {
        get
        {
            lock (gate)
            {
                return Reader()?.IndexCommit.UserData.TryGetValue("stamp", out var stamp) == true ? stamp : null;
            }
        }
    }

    /// <summary>The stamp of a set of documents: their count and latest change.</summary>
    public static string StampOf(int count, DateTime? latest) =>
        $"{count}@{latest?.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture) ?? "-"}";

    /// <summary>Rebuilds the index from <paramref name="documents"/> unless it already carries <paramref name="stamp"/>.</summary>
    /// <returns>True when it was rebuilt.</returns>
    public bool EnsureCurrent(string stamp, Func<IReadOnlyList<PolicyDocument>> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        lock (gate)
        {
            if (Stamp == stamp)
            {
                return false;
            }

            Rebuild(documents(), stamp);
            return true;
        }
    }

    /// <summary>Replaces the whole index with <paramref name="documents"/>.</summary>
    public void Rebuild(IReadOnlyList<PolicyDocument> documents, string stamp)
    {
        ArgumentNullException.ThrowIfNull(documents);
        lock (gate)
        {
            using (var writer = new IndexWriter(directory, new IndexWriterConfig(Version, analyzer) { OpenMode = OpenMode.CREATE }))
            {
                foreach (var d in documents)
                {
                    writer.AddDocument(ToLucene(d));
                }

                writer.SetCommitData(new Dictionary<string, string> { ["stamp"] = stamp });
                writer.Commit();
            }

            reader?.Dispose();
            reader = null;
        }
    }

    /// <summary>Runs <paramref name="query"/>.</summary>
    /// <exception cref="ArgumentException">The query text has an unclosed quote or the limit is out of range.</exception>
    public IReadOnlyList<PolicyHit> Search(PolicyQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Limit is < 1 or > 1000)
        {
            throw new ArgumentException($"limit must be between 1 and 1000, not {query.Limit}.", nameof(query));
        }

        var (lucene, hasText) = Build(query);
        lock (gate)
        {
            var current = Reader();
            if (current is null)
            {
                return [];
            }

            var searcher = new IndexSearcher(current);
            var sort = query.ByDate || !hasText ? new Sort(new SortField("issued", SortFieldType.INT32, true), SortField.FIELD_SCORE) : Sort.RELEVANCE;
            var top = searcher.Search(lucene, null, query.Limit, sort, doDocScores: true, doMaxScore: false);
            var scorer = new QueryScorer(lucene);
            var highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new TextEncoder(), scorer)
            {
                TextFragmenter = new SimpleSpanFragmenter(scorer, 160),
            };
            return top.ScoreDocs.Select(hit => ToHit(searcher.Doc(hit.Doc), hasText ? hit.Score : 0, highlighter, query.Chinese)).ToList();
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        reader?.Dispose();
        analyzer.Dispose();
        directory.Dispose();
    }

    private DirectoryReader? Reader()
    {
        if (reader is null && DirectoryReader.IndexExists(directory))
        {
            reader = DirectoryReader.Open(directory);
        }

        return reader;
    }

    private (Query Query, bool HasText) Build(PolicyQuery query)
    {
        var all = new BooleanQuery();
        var terms = Terms(query.Text ?? "");
        foreach (var term in terms)
        {
            var anyField = new BooleanQuery();
            foreach (var field in ChineseFields.Concat(EnglishFields))
            {
                if (Phrase(field, term) is { } phrase)
                {
                    anyField.Add(phrase, Occur.SHOULD);
                }
            }

            // A term the analyzers drop whole (a stop word such as "the") constrains nothing.
            if (anyField.Clauses.Count > 0)
            {
                all.Add(anyField, Occur.MUST);
            }
        }

        var hasText = all.Clauses.Count > 0;
        if (!hasText)
        {
            all.Add(new MatchAllDocsQuery(), Occur.MUST);
        }

        AddExact(all, "level", query.Level?.ToString().ToLowerInvariant());
        AddExact(all, "type", query.Type?.Trim().ToLowerInvariant());
        AddExact(all, "issuer", query.Issuer?.Trim());
        AddExact(all, "topic", query.Topic?.Trim().ToLowerInvariant());
        AddExact(all, "status", query.Status?.ToString().ToLowerInvariant());
        if (query.From is not null || query.To is not null)
        {
            all.Add(NumericRangeQuery.NewInt32Range("issued", query.From is { } f ? DateKey(f) : null, query.To is { } t ? DateKey(t) : null, true, true), Occur.MUST);
        }

        return (all, hasText);
    }

    private static void AddExact(BooleanQuery query, string field, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            query.Add(new TermQuery(new Term(field, value)), Occur.MUST);
        }
    }

    /// <summary>Splits query text into terms: quoted phrases, and runs without spaces.</summary>
    private static List<string> Terms(string text)
    {
        if (text.Count(c => c == '"') % 2 != 0)
        {
            throw new ArgumentException($"the search text {text} has an unclosed quote (\").", nameof(text));
        }

        return [.. TermPattern().Matches(text).Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Value).Where(t => t.Trim().Length > 0)];
    }

    private PhraseQuery? Phrase(string field, string term)
    {
        var phrase = new PhraseQuery();
        using var stream = analyzer.GetTokenStream(field, new StringReader(term));
        var chars = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        var count = 0;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            phrase.Add(new Term(field, chars.ToString()), position);
            count++;
        }

        stream.End();
        return count == 0 ? null : phrase;
    }

    private static Document ToLucene(PolicyDocument d)
    {
        var doc = new Document
        {
            new StringField("code", d.Code, Field.Store.YES),
            new TextField("title_zh", d.TitleZh, Field.Store.YES),
            new TextField("title_en", d.TitleEn, Field.Store.YES),
            new TextField("summary_zh", d.SummaryZh, Field.Store.YES),
            new TextField("summary_en", d.SummaryEn, Field.Store.YES),
            new StringField("issuer_zh_stored", d.IssuerZh, Field.Store.YES),
            new StringField("issuer_en_stored", d.IssuerEn, Field.Store.YES),
            new StringField("issuer", d.IssuerZh, Field.Store.NO),
            new StringField("issuer", d.IssuerEn, Field.Store.NO),
            new StringField("level", d.Level.ToString().ToLowerInvariant(), Field.Store.YES),
            new StringField("type", d.Type.ToLowerInvariant(), Field.Store.YES),
            new StringField("status", d.Status.ToString().ToLowerInvariant(), Field.Store.YES),
            new Int32Field("issued", d.Issued is { } issued ? DateKey(issued) : 0, Field.Store.YES),
        };
        if (d.FullText is { Length: > 0 } text)
        {
            doc.Add(new TextField("text_zh", text, Field.Store.YES));
            doc.Add(new TextField("text_en", text, Field.Store.NO));
        }

        foreach (var topic in d.TopicList())
        {
            doc.Add(new StringField("topic", topic.ToLowerInvariant(), Field.Store.NO));
        }

        return doc;
    }

    private PolicyHit ToHit(Document doc, double score, Highlighter highlighter, bool chinese)
    {
        string[] order = chinese ? ["summary_zh", "text_zh", "title_zh", "summary_en", "title_en"] : ["summary_en", "text_zh", "title_en", "summary_zh", "title_zh"];
        var snippet = order.Select(f => doc.Get(f, CultureInfo.InvariantCulture) is { } text ? highlighter.GetBestFragment(analyzer, f == "text_zh" && !chinese ? "text_en" : f, text) : null)
            .FirstOrDefault(s => s is not null);
        // Lucene marks each token; a Chinese word split by the segmenter reads better as one mark.
        snippet = snippet?.Replace("</mark><mark>", "", StringComparison.Ordinal);
        snippet ??= WebUtility.HtmlEncode(Shorten(doc.Get(chinese ? "summary_zh" : "summary_en", CultureInfo.InvariantCulture) ?? "", 160));
        var issued = doc.GetField("issued")?.GetInt32Value() is { } key and > 0
            ? new DateOnly(key / 10000, key / 100 % 100, key % 100)
            : (DateOnly?)null;
        return new PolicyHit(doc.Get("code", CultureInfo.InvariantCulture), issued, doc.Get("title_zh", CultureInfo.InvariantCulture), doc.Get("title_en", CultureInfo.InvariantCulture), doc.Get("issuer_zh_stored", CultureInfo.InvariantCulture), doc.Get("issuer_en_stored", CultureInfo.InvariantCulture),
            Enum.Parse<PolicyLevel>(doc.Get("level", CultureInfo.InvariantCulture), ignoreCase: true), doc.Get("type", CultureInfo.InvariantCulture), score, snippet);
    }

    private static string Shorten(string text, int length) => text.Length <= length ? text : string.Concat(text.AsSpan(0, length), "…");

    private static int DateKey(DateOnly date) => (date.Year * 10000) + (date.Month * 100) + date.Day;

    /// <summary>Encodes the text around the marks for HTML, leaving Chinese characters as they are (Lucene's own encoder
    /// turns every non-ASCII character into an entity).</summary>
    private sealed class TextEncoder : IEncoder
    {
        public string EncodeText(string originalText) => WebUtility.HtmlEncode(originalText);
    }

    [GeneratedRegex("\"([^\"]*)\"|[^\\s\"]+")]
    private static partial Regex TermPattern();
}
