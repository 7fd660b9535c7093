using ClusterScope.Analytics.InputOutput;
using ClusterScope.Data.Chains;
using ClusterScope.Data.InputOutput;

namespace ClusterScope.Data.Tests.InputOutput;

public class IoAnalysisTests
{
    private static readonly string Dataset = NbsTableReaderTests.Dataset;
    private static readonly string Io = NbsTableReaderTests.Io;

    private static IndustryTaxonomy Taxonomy() => IndustryTaxonomy.Load(Path.Combine(AppContext.BaseDirectory, "data", "classification", "gbt4754_2017.csv"));

    [Fact]
    public void ConcordanceCoversThe2020And2017FortyTwoSectorTablesAndNotOthers()
    {
        var concordance = SectorConcordance.Load(Path.Combine(Io, "sector_concordance.csv"), Taxonomy());
        Assert.Equal(42, concordance.Rows.Count);
        Assert.True(concordance.Covers(IoTableCatalogue.Load(Io, "china-2020-42").Sectors));
        Assert.False(concordance.Covers(IoTableCatalogue.Load(Io, "china-2005-42").Sectors));
        // Every GB/T division appears exactly once: the concordance partitions the economy.
        var divisions = concordance.Rows.SelectMany(r => r.Divisions).ToList();
        Assert.Equal(97, divisions.Count);
        Assert.Equal(97, divisions.Distinct().Count());
        Assert.Contains(concordance.For("18").Categories, c => c.Category == "auto_parts" && !c.Full);
    }

    [Fact]
    public void NationalEmploymentByIoSectorAddsUpToTheNationalTotal()
    {
        var concordance = SectorConcordance.Load(Path.Combine(Io, "sector_concordance.csv"), Taxonomy());
        var file = Path.Combine(Io, "china_employment_by_sector_1990_2018.csv");
        var sectors = IoTableCatalogue.Load(Io, "china-2020-42").Sectors;
        var bySector = SectorEmployment.National(file, 2018, concordance, Taxonomy(), sectors);
        var bySection = SectorEmployment.NationalBySection(file, 2018);
        Assert.Equal(bySection.Values.Sum(), bySector.Sum(), 6);
        // Division 36 (automobiles, 809) and 37 (other transport equipment, 244) form IO sector 18.
        Assert.Equal(809 + 244, bySector[17], 9);
    }

    [Fact]
    public void TheHundredFiftyThreeSectorConcordanceCoversThe2020And2018TablesAndEveryDivision()
    {
        var concordance = SectorConcordance.Load(Path.Combine(Io, "sector_concordance_153.csv"), Taxonomy());
        Assert.Equal(153, concordance.Rows.Count);
        Assert.Equal("sector_concordance_153.csv", concordance.File);
        var table = IoTableCatalogue.Load(Io, "china-2020-153");
        Assert.Equal(table.Sectors.Select(s => s.Code), concordance.Rows.Select(r => r.Sector));
        Assert.True(concordance.Covers(table.Sectors));
        // The 2018 table has the same codes and Chinese names.
        Assert.True(concordance.Covers(IoTableCatalogue.Load(Io, "china-2018-153").Sectors));
        Assert.False(concordance.Covers(IoTableCatalogue.Load(Io, "china-2020-42").Sectors));
        Assert.False(concordance.Covers(IoTableCatalogue.Load(Io, "china-2017-149").Sectors));
        // Every GB/T division lies in at least one sector; products may share one (079 and 080 in automobiles, 36).
        var divisions = concordance.Rows.SelectMany(r => r.Divisions).Distinct().ToList();
        Assert.Equal(97, divisions.Count);
        Assert.Equal(["36"], concordance.For("079").Divisions);
        Assert.Equal(["36"], concordance.For("080").Divisions);
        Assert.Contains(concordance.For("080").Categories, c => c.Category == "auto_parts" && c.Full);
    }

    [Fact]
    public void ConcordanceForTablePicksTheFileThatCoversTheTable()
    {
        Assert.Equal("sector_concordance.csv", SectorConcordance.ForTable(Io, Taxonomy(), IoTableCatalogue.Load(Io, "china-2020-42").Sectors)?.File);
        Assert.Equal("sector_concordance_153.csv", SectorConcordance.ForTable(Io, Taxonomy(), IoTableCatalogue.Load(Io, "china-2018-153").Sectors)?.File);
        Assert.Null(SectorConcordance.ForTable(Io, Taxonomy(), IoTableCatalogue.Load(Io, "china-2012-139").Sectors));
    }

    [Fact]
    public void NationalEmploymentByHundredFiftyThreeSectorsAddsUpAndSplitsSharedDivisionsByOutput()
    {
        var concordance = SectorConcordance.Load(Path.Combine(Io, "sector_concordance_153.csv"), Taxonomy());
        var file = Path.Combine(Io, "china_employment_by_sector_1990_2018.csv");
        var table = IoTableCatalogue.Load(Io, "china-2020-153");
        var bySector = SectorEmployment.National(file, 2018, concordance, Taxonomy(), table.Sectors, table.Output);
        var bySection = SectorEmployment.NationalBySection(file, 2018);
        Assert.Equal(bySection.Values.Sum(), bySector.Sum(), 6);
        var fortyTwo = SectorEmployment.National(file, 2018, SectorConcordance.Load(Path.Combine(Io, "sector_concordance.csv"), Taxonomy()), Taxonomy(), IoTableCatalogue.Load(Io, "china-2020-42").Sectors);
        Assert.Equal(fortyTwo.Sum(), bySector.Sum(), 6);
        // Division 36 (automobiles, 809) is shared by 079 汽车整车 and 080 汽车零部件及配件, in proportion to their output.
        int car = table.SectorIndex("079"), parts = table.SectorIndex("080");
        var x = table.Output;
        Assert.Equal(809 * x[car] / (x[car] + x[parts]), bySector[car], 9);
        Assert.Equal(809 * x[parts] / (x[car] + x[parts]), bySector[parts], 9);
        Assert.Equal(809, bySector[car] + bySector[parts], 9);
        // A division shared by several sectors needs the output to be split.
        Assert.Throws<ArgumentException>(() => SectorEmployment.National(file, 2018, concordance, Taxonomy(), table.Sectors));
    }

    [Fact]
    public void TheHundredFiftyThreeSectorTableIsRegionalisedToJilin()
    {
        var jilin = IoAnalysis.Prepare(Dataset, "china-2020-153", new IoRegionalisation("220000", RegionalisationMethod.Flq, 0.3));
        Assert.True(Leontief.SpectralRadius(jilin.Model.A) < 1);
        Assert.Contains("FLQ, delta 0.3", jilin.Description);
        Assert.Contains("employment: national 2018", jilin.Description);
        var regional = IoAnalysis.Multipliers(jilin, 1);
        var national = IoAnalysis.Multipliers(IoAnalysis.Prepare(Dataset, "china-2020-153"), 1);
        Assert.Equal(153, regional.Count);
        Assert.All(regional, m => Assert.True(double.IsFinite(m.Employment) && m.Employment >= 1 - 1e-9 && m.Output >= 1));
        Assert.All(Enumerable.Range(0, 153), j => Assert.True(regional[j].Output <= national[j].Output + 1e-12));
        Assert.All(national, m => Assert.True(double.IsFinite(m.Employment)));
        var type2 = IoAnalysis.Multipliers(jilin, 2);
        Assert.All(type2, m => Assert.True(double.IsFinite(m.Employment)));
    }

    [Fact]
    public void JilinCensusEmploymentIsAboutAFortiethOfTheCountrys()
    {
        var stats = Path.Combine(Dataset, "stats");
        var jilin = SectorEmployment.JilinBySection(Path.Combine(stats, "jilin_county_census2020_population.csv"), Path.Combine(stats, "jilin_county_census2020_employment.csv"));
        Assert.Equal(20, jilin.Count);
        var share = jilin.Values.Sum() / 1e4 / SectorEmployment.NationalBySection(Path.Combine(Io, "china_employment_by_sector_1990_2018.csv"), 2018).Values.Sum();
        Assert.InRange(share, 0.01, 0.03);
    }

    [Fact]
    public void RegionalisedMultipliersAreSmallerThanNationalOnes()
    {
        var national = IoAnalysis.Multipliers(IoAnalysis.Prepare(Dataset, "china-2020-42"), 1);
        var jilin = IoAnalysis.Prepare(Dataset, "china-2020-42", new IoRegionalisation("220000", RegionalisationMethod.Flq));
        var regional = IoAnalysis.Multipliers(jilin, 1);
        Assert.All(Enumerable.Range(0, 42), j => Assert.True(regional[j].Output <= national[j].Output + 1e-12));
        Assert.Contains("FLQ, delta 0.3", jilin.Description);
        Assert.All(national, m => Assert.True(m.Output > 1 && m.Employment > 0));
        Assert.Equal(national.Count(m => m.Backward > 1 && m.Forward > 1), national.Count(m => m.Role == SectorRole.Key));
    }

    [Fact]
    public void TypeTwoMultipliersExceedTypeOne()
    {
        var setup = IoAnalysis.Prepare(Dataset, "china-2020-42");
        var one = IoAnalysis.Multipliers(setup, 1);
        var two = IoAnalysis.Multipliers(setup, 2);
        Assert.All(Enumerable.Range(0, 42), j => Assert.True(two[j].Output > one[j].Output && two[j].Income > one[j].Income));
        Assert.Throws<ArgumentOutOfRangeException>(() => IoAnalysis.Multipliers(setup, 3));
    }

    [Fact]
    public void UnknownRegionAndUncoveredTableAreRefused()
    {
        Assert.Contains("220000", Assert.Throws<ArgumentException>(() => IoAnalysis.Prepare(Dataset, "china-2020-42", new IoRegionalisation("110000", RegionalisationMethod.Slq))).Message);
        var refused = Assert.Throws<ArgumentException>(() => IoAnalysis.Prepare(Dataset, "china-2017-149", new IoRegionalisation("220000", RegionalisationMethod.Slq))).Message;
        Assert.Contains("cannot be regionalised", refused);
        Assert.Contains("concordance", refused);
        Assert.Contains("149", refused);
        Assert.All(IoAnalysis.Multipliers(IoAnalysis.Prepare(Dataset, "china-2017-149"), 1), m => Assert.True(double.IsNaN(m.Employment)));
    }
}
