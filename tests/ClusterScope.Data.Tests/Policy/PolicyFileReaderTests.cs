using ClusterScope.Data.DefaultData;
using ClusterScope.Data.Policy;
using ClusterScope.Domain.Policy;

namespace ClusterScope.Data.Tests.Policy;

public sealed class PolicyFileReaderTests : IDisposable
{
    private const string Header = "id,title_en,title_zh,issuer_en,issuer_zh,level,type,date_issued,summary_en,summary_zh";
    private readonly string folder = Directory.CreateTempSubdirectory("cs-policy-").FullName;

    [Fact]
    public void The_shipped_documents_read_with_their_links()
    {
        var documents = PolicyFileReader.ReadDataset(DatasetLoader.Locate("jilin"), DateTime.UnixEpoch);
        Assert.Equal(7, documents.Count);
        var plan = documents.Single(d => d.Code == "jl-2013-clusters");
        Assert.Equal(PolicyLevel.Provincial, plan.Level);
        Assert.Equal(new DateOnly(2013, 5, 28), plan.Issued);
        Assert.Contains("plan:jilin-clusters-2013", plan.Related, StringComparison.Ordinal);
        Assert.Equal("国发〔2009〕33号", documents.Single(d => d.Code == "sc-2009-33").DocumentNumber);
        Assert.All(documents, d => Assert.False(string.IsNullOrWhiteSpace(d.SummaryZh)));
    }

    [Theory]
    [InlineData("a,T,标题,I,发文,city,plan,2020-01-01,S,摘要", "row 2, column 'level': 'city' is not one of")]
    [InlineData("a,T,标题,I,发文,national,plan,2020-13-01,S,摘要", "row 2, column 'date_issued': '2020-13-01' is not a date")]
    [InlineData("a,T,,I,发文,national,plan,2020-01-01,S,摘要", "row 2, column 'title_zh': a value is required")]
    public void A_bad_row_is_refused_naming_row_and_column(string row, string expected)
    {
        var error = Assert.Throws<InvalidDataException>(() => PolicyFileReader.Read(Write(Header + "\n" + row + "\n"), DateTime.UnixEpoch));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.StartsWith("docs.csv", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_repeated_id_or_a_missing_column_is_refused()
    {
        var twice = Write(Header + "\na,T,标题,I,发文,national,plan,,S,摘要\na,T,标题,I,发文,national,plan,,S,摘要\n");
        Assert.Contains("'a' appears twice", Assert.Throws<InvalidDataException>(() => PolicyFileReader.Read(twice, DateTime.UnixEpoch)).Message, StringComparison.Ordinal);
        var missing = Write("id,title_en\na,T\n");
        Assert.Contains("missing column(s) title_zh", Assert.Throws<InvalidDataException>(() => PolicyFileReader.Read(missing, DateTime.UnixEpoch)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_to_an_unknown_document_is_refused()
    {
        var path = Write(Header + "\na,T,标题,I,发文,national,plan,,S,摘要\n");
        File.WriteAllText(Path.Combine(folder, "policy_links.csv"), "document,kind,code\nb,plan,x\n");
        var error = Assert.Throws<InvalidDataException>(() => PolicyFileReader.Read(path, DateTime.UnixEpoch));
        Assert.Contains("policy_links.csv, row 2, column 'document': no document 'b'", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Write(string text)
    {
        var path = Path.Combine(folder, "docs.csv");
        File.WriteAllText(path, text);
        return path;
    }
}
