using ClusterScope.Data.InputOutput;

namespace ClusterScope.Data.Tests.InputOutput;

public sealed class UserTableReaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("io-user-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, params string[] lines)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllLines(path, lines);
        return path;
    }

    // Miller and Blair ch. 2 as one region: Z = [150 500; 200 100], y = (350, 1700), value added (650, 1400).
    private string Z(params string[] extra) => Write("Z.csv", ["row_region,row_sector,col_region,col_sector,value", "R,s1,R,s1,150", "R,s1,R,s2,500", "R,s2,R,s1,200", "R,s2,R,s2,100", .. extra]);

    private string Y(params string[] extra) => Write("Y.csv", ["row_region,row_sector,col_region,col_category,value", "R,s1,R,household,350", "R,s2,R,household,1700", .. extra]);

    private string F(params string[] extra) => Write("F.csv", ["extension,stressor,col_region,col_sector,value", "factors,value_added,R,s1,650", "factors,value_added,R,s2,1400", .. extra]);

    [Fact]
    public async Task TextbookTableGivesItsOutputAndResults()
    {
        var table = UserTableReader.Read(Z(), Y(), F());
        Assert.Equal([1000, 2000], table.Output());
        var results = UserTableResults.Compute(table);
        Assert.Contains("factors_D_cba_reg.csv", results.FileNames);
        var target = Path.Combine(_folder, "out");
        await results.WriteAsync(target);
        var l = File.ReadAllLines(Path.Combine(target, "L.csv"));
        Assert.Equal("row_region,row_sector,col_region,col_sector,value", l[0]);
        // L[0,0] = .95 / .7575
        Assert.Equal(0.95 / 0.7575, double.Parse(l[1].Split(',')[4], System.Globalization.CultureInfo.InvariantCulture), 12);
        // Value added is the only primary input: the consumption-based account is all of it, 2050.
        var cba = File.ReadAllLines(Path.Combine(target, "factors_D_cba_reg.csv"));
        Assert.Equal(2050, double.Parse(cba[1].Split(',')[2], System.Globalization.CultureInfo.InvariantCulture), 9);
    }

    [Fact]
    public void SectorOnlyBoughtByZIsRefusedAsNonSquare()
    {
        var error = Assert.Throws<InvalidDataException>(() => UserTableReader.Read(Z("R,s1,R,s3,5"), Y(), null));
        Assert.Contains("not square", error.Message);
        Assert.Contains("row 6", error.Message);
        Assert.Contains("s3", error.Message);
    }

    [Fact]
    public void SectorInYOrFThatZLacksIsRefusedNamingFileRowAndSector()
    {
        var y = Assert.Throws<InvalidDataException>(() => UserTableReader.Read(Z(), Y("R,s9,R,household,1"), null));
        Assert.Contains("Y.csv, row 4", y.Message);
        Assert.Contains("s9", y.Message);
        var f = Assert.Throws<InvalidDataException>(() => UserTableReader.Read(Z(), Y(), F("factors,value_added,Q,s1,1")));
        Assert.Contains("F.csv, row 4", f.Message);
        Assert.Contains("Q/s1", f.Message);
    }

    [Fact]
    public void NegativeFlowAndZeroOutputWithInputsAreRefused()
    {
        var negative = Write("Zn.csv", "row_region,row_sector,col_region,col_sector,value", "R,s1,R,s1,-1", "R,s2,R,s2,1");
        Assert.Contains("negative intermediate flow", Assert.Throws<InvalidDataException>(() => UserTableReader.Read(negative, Y(), null)).Message);
        var zero = Write("Zz.csv", "row_region,row_sector,col_region,col_sector,value", "R,s1,R,s1,1", "R,s2,R,s1,0", "R,s1,R,s2,0", "R,s2,R,s2,0");
        var yz = Write("Yz.csv", "row_region,row_sector,col_region,col_category,value", "R,s1,R,household,1", "R,s2,R,household,0");
        // s2 sells nothing (output 0) yet buys 3 from s1; without that purchase the same table is accepted.
        var zeroWithInput = Write("Zw.csv", "row_region,row_sector,col_region,col_sector,value", "R,s1,R,s1,1", "R,s1,R,s2,3", "R,s2,R,s2,0");
        var error = Assert.Throws<InvalidDataException>(() => UserTableReader.Read(zeroWithInput, yz, null));
        Assert.Contains("R/s2", error.Message);
        Assert.NotNull(UserTableReader.Read(zero, yz, null));
    }

    [Fact]
    public void NonProductiveTableIsRefusedNamingTheSector()
    {
        // Negative final demand leaves x = 10 - 9 = 1 per sector, so each column of A sums to 10: spectral radius 10.
        var z = Write("Zp.csv", "row_region,row_sector,col_region,col_sector,value", "R,s1,R,s1,5", "R,s1,R,s2,5", "R,s2,R,s1,5", "R,s2,R,s2,5");
        var y = Write("Yp.csv", "row_region,row_sector,col_region,col_category,value", "R,s1,R,household,-9", "R,s2,R,household,-9");
        var error = Assert.Throws<ArgumentException>(() => UserTableResults.Compute(UserTableReader.Read(z, y, null)));
        Assert.Contains("not productive", error.Message);
        Assert.Contains("R/s1", error.Message);
    }
}
