using ClusterScope.Data.Chains;

namespace ClusterScope.Data.Tests.Chains;

public class IndustryTaxonomyTests
{
    private static readonly string Shipped = Path.Combine(AppContext.BaseDirectory, "data", "classification", "gbt4754_2017.csv");

    [Fact]
    public void ShippedFileHoldsEveryRowWithParentsThatExist()
    {
        var taxonomy = IndustryTaxonomy.Load(Shipped);
        Assert.Equal(1972, taxonomy.Codes.Count);
        Assert.Equal(20, taxonomy.Codes.Count(c => c.Level == IndustryLevel.Section));
        Assert.All(taxonomy.Codes.Where(c => c.Level != IndustryLevel.Section), c => Assert.True(taxonomy.Contains(c.ParentCode), c.Code));
        Assert.All(taxonomy.Codes.Where(c => c.Level == IndustryLevel.Class), c => Assert.Equal(4, c.Code.Length));
    }

    [Fact]
    public void FindsAutomobileManufacturingClass()
    {
        var taxonomy = IndustryTaxonomy.Load(Shipped);
        var code = taxonomy.Find("3612");
        Assert.NotNull(code);
        Assert.Equal("新能源车整车制造", code.NameZh);
        Assert.Equal("361", code.ParentCode);
        Assert.Null(taxonomy.Find("9999"));
    }

    [Fact]
    public void MalformedRowNamesFileLineAndField()
    {
        var path = Path.Combine(Path.GetTempPath(), $"tax-{Guid.NewGuid():N}.csv");
        File.WriteAllLines(path, ["level,code,section,parent_code,name_zh,name_en", "section,A,A,,农业,", "tier,01,A,A,农业,"]);
        try
        {
            var error = Assert.Throws<InvalidDataException>(() => IndustryTaxonomy.Load(path));
            Assert.Contains($"{path}: line 3: field level", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
