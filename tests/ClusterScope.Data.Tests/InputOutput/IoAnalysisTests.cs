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
        Assert.Contains("concordance", Assert.Throws<ArgumentException>(() => IoAnalysis.Prepare(Dataset, "china-2020-153", new IoRegionalisation("220000", RegionalisationMethod.Slq))).Message);
    }
}
