using ClusterScope.Data.InputOutput;

namespace ClusterScope.Data.Tests.InputOutput;

public class NbsTableReaderTests
{
    internal static readonly string Dataset = Path.Combine(AppContext.BaseDirectory, "data", "jilin");
    internal static readonly string Io = Path.Combine(Dataset, "io");

    [Fact]
    public void CatalogueListsTheTwelveShippedTables()
    {
        var entries = IoTableCatalogue.List(Io);
        Assert.Equal(12, entries.Count);
        Assert.Contains(entries, e => e.Id == "china-2020-42" && e.SectorCount == 42 && e.Year == 2020);
        var error = Assert.Throws<ArgumentException>(() => IoTableCatalogue.Load(Io, "china-2021-42"));
        Assert.Contains("china-2020-153", error.Message);
    }

    [Theory]
    [InlineData("china-2020-42", "TC")]
    [InlineData("china-2017-42", "TC")]
    [InlineData("china-2020-153", "THC")]
    [InlineData("china-2012-139", "THC")]
    public void DomesticFlowsAddUpToOutput(string id, string household)
    {
        // Non-competitive: GO = TIU + TFU of the Domestic rows. Competitive: with uses scaled by 1 - m, domestic use
        // (1 - m)(TIU + FU - EX) + EX + ERR = TIU + FU - IM + ERR = GO, the table's own row identity.
        var table = IoTableCatalogue.Load(Io, id);
        var z = table.Z.RowSums();
        var y = table.TotalFinalUse;
        for (var i = 0; i < table.Sectors.Count; i++)
        {
            Assert.Equal(table.Output[i], z[i] + y[i], table.Output[i] * 1e-9);
        }

        Assert.Equal(household, table.HouseholdColumn);
        Assert.All(table.Z.AsSpan().ToArray(), v => Assert.True(v >= 0));
    }

    [Fact]
    public void NonCompetitiveTableKeepsImportsOutsideTheDomesticBlock()
    {
        var table = IoTableCatalogue.Load(Io, "china-2020-42");
        Assert.Equal("交通运输设备", table.Sectors[table.SectorIndex("18")].NameZh);
        Assert.True(table.Imports[table.SectorIndex("03")] > 0, "crude oil and gas are imported");
        // Column sums: domestic inputs + value added < total input, the rest being imported inputs.
        var inputs = table.Z.ColumnSums();
        var va = table.TotalValueAdded;
        Assert.All(Enumerable.Range(0, 42), j => Assert.True(inputs[j] + va[j] <= table.Output[j] * (1 + 1e-12)));
        Assert.Contains("non-competitive", table.ImportTreatment);
    }

    [Fact]
    public void CompetitiveTablesWithImportSharesAboveOneSayWhichSectorsWereClamped()
    {
        var table = IoTableCatalogue.Load(Io, "china-2002-122");
        Assert.Contains("proportional import assumption", table.ImportTreatment);
        Assert.Contains("clamped", table.ImportTreatment);
    }

    [Fact]
    public void NegativeFlowIsRefusedNamingRowAndColumn()
    {
        var path = Path.Combine(Path.GetTempPath(), $"io-{Guid.NewGuid():N}.csv");
        File.WriteAllLines(path,
        [
            "code,label_en,label_zh,01,02,TIU,FU101,FU102,FU103,FU201,FU202,EX,IM,GO",
            "01,A,甲,1,-2,-1,5,0,0,0,0,0,0,4",
            "02,B,乙,1,1,2,3,0,0,0,0,0,0,5",
            "VA001,x,x,1,1,,,,,,,,,",
            "VA002,x,x,0,0,,,,,,,,,",
            "VA003,x,x,0,0,,,,,,,,,",
            "VA004,x,x,1,1,,,,,,,,,",
        ]);
        var error = Assert.Throws<InvalidDataException>(() => NbsTableReader.Read(path, "t", 2020));
        Assert.Contains("row 2", error.Message);
        Assert.Contains("'02'", error.Message);
        File.Delete(path);
    }
}
