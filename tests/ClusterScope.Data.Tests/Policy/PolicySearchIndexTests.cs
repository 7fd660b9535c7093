using ClusterScope.Data.Policy;
using ClusterScope.Domain.Policy;

namespace ClusterScope.Data.Tests.Policy;

public sealed class PolicySearchIndexTests : IDisposable
{
    private readonly PolicySearchIndex index = new();

    public PolicySearchIndexTests() => index.Rebuild(
    [
        Document("together", "关于推进产业集群发展的意见", "Opinions on industrial cluster development", "推进全省产业集群发展，培育龙头企业。",
            "Promotes industrial cluster development and leading enterprises.", PolicyLevel.Provincial, new DateOnly(2013, 5, 28)),
        Document("apart", "关于调整产业结构的通知", "Notice on adjusting the structure", "调整产业结构，淘汰落后产能，改造传统行业，最后在若干园区形成集群。",
            "Industrial policy for restructuring, cutting capacity and upgrading traditional trades, so that in time some parks form clusters.",
            PolicyLevel.National, new DateOnly(2009, 9, 9)),
        Document("escaped", "测试", "A <script> test", "无关内容。", "Text with <b>markup</b> and the word cluster.", PolicyLevel.Zone, null),
    ], "test");

    [Fact]
    public void A_chinese_word_is_found_as_a_phrase_not_as_its_parts_apart()
    {
        Assert.Equal(["together"], Codes(new PolicyQuery("产业集群")));
        Assert.Equal(["apart", "together"], Codes(new PolicyQuery("产业 集群")).Order());
    }

    [Fact]
    public void A_quoted_english_phrase_needs_its_words_together()
    {
        Assert.Equal(["together"], Codes(new PolicyQuery("\"industrial cluster\"")));
        Assert.Equal(["apart", "together"], Codes(new PolicyQuery("industrial cluster")).Order());
    }

    [Fact]
    public void English_words_are_stemmed_so_a_plural_finds_the_singular() =>
        Assert.Contains("together", Codes(new PolicyQuery("\"industrial clusters\"")));

    [Fact]
    public void The_snippet_marks_the_match_and_encodes_the_rest()
    {
        var hit = Assert.Single(index.Search(new PolicyQuery("产业集群", Chinese: true)));
        Assert.Contains("<mark>", hit.Snippet, StringComparison.Ordinal);
        Assert.Contains("<mark>产业集群</mark>", hit.Snippet, StringComparison.Ordinal);
        var escaped = Assert.Single(index.Search(new PolicyQuery("markup")));
        Assert.DoesNotContain("<b>", escaped.Snippet, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;", escaped.Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void Filters_narrow_and_an_empty_text_lists_by_date()
    {
        Assert.Equal(["apart"], Codes(new PolicyQuery("集群", Level: PolicyLevel.National)));
        Assert.Equal(["together"], Codes(new PolicyQuery(null, From: new DateOnly(2010, 1, 1))));
        Assert.Equal(["together", "apart", "escaped"], Codes(new PolicyQuery("")));
        Assert.Equal(["apart"], Codes(new PolicyQuery(null, Topic: "Restructuring")));
        Assert.Empty(Codes(new PolicyQuery("集群", Status: PolicyStatus.Repealed)));
    }

    [Fact]
    public void Relevance_puts_the_document_with_more_matches_first()
    {
        var hits = index.Search(new PolicyQuery("cluster"));
        Assert.True(hits.Count >= 2);
        Assert.True(hits[0].Score >= hits[1].Score);
    }

    [Fact]
    public void Bad_query_text_is_an_error_naming_it()
    {
        var error = Assert.Throws<ArgumentException>(() => index.Search(new PolicyQuery("\"industrial cluster")));
        Assert.Contains("unclosed quote", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => index.Search(new PolicyQuery("x", Limit: 0)));
    }

    [Fact]
    public void The_stamp_decides_whether_a_rebuild_is_needed()
    {
        Assert.Equal("test", index.Stamp);
        Assert.False(index.EnsureCurrent("test", () => throw new InvalidOperationException("not called")));
        Assert.True(index.EnsureCurrent("other", () => []));
        Assert.Empty(index.Search(new PolicyQuery("集群")));
    }

    public void Dispose() => index.Dispose();

    private string[] Codes(PolicyQuery query) => [.. index.Search(query).Select(h => h.Code)];

    private static PolicyDocument Document(string code, string titleZh, string titleEn, string summaryZh, string summaryEn, PolicyLevel level, DateOnly? issued) => new()
    {
        Code = code,
        TitleZh = titleZh,
        TitleEn = titleEn,
        IssuerZh = "吉林省人民政府",
        IssuerEn = "People's Government of Jilin Province",
        Level = level,
        Type = "opinion",
        Topics = code == "apart" ? "restructuring;capacity" : "industrial clusters",
        SummaryZh = summaryZh,
        SummaryEn = summaryEn,
        Issued = issued,
    };
}
