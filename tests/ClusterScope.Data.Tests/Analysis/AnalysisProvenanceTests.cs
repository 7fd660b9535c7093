using ClusterScope.Data.Analysis;

namespace ClusterScope.Data.Tests.Analysis;

public class AnalysisProvenanceTests
{
    [Theory]
    [InlineData(true, "sample")]
    [InlineData(false, "real")]
    public void A_result_ends_with_a_provenance_column_and_counts_its_sample_rows(bool sample, string word)
    {
        var table = new AnalysisTable(["region", "lq"]);
        table.Add("A", 1.5);
        table.Add("B", 0.5);
        var marked = table.WithProvenance(sample);
        Assert.Equal(["region", "lq", "provenance"], marked.Columns);
        Assert.All(marked.Rows, r => Assert.Equal(word, r[^1]));
        Assert.Equal(sample, marked.IsSample);
        Assert.Equal(sample ? 2 : 0, marked.SampleRows);
        Assert.False(table.IsSample);
    }
}
