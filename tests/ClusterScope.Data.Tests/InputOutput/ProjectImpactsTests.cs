using ClusterScope.Data.InputOutput;
using Microsoft.Extensions.Configuration;

namespace ClusterScope.Data.Tests.InputOutput;

/// <summary>A lead's impact through the table: phases, parts, leakage to other regions and the settings' checks.</summary>
public class ProjectImpactsTests
{
    private static ProjectImpacts With(params (string Key, string Value)[] settings) =>
        new(new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>("InputOutput:Projects:" + s.Key, s.Value))).Build(), new IoWorkbench());

    [Fact]
    public void On_the_national_table_the_direct_part_is_the_investment_and_the_sales_themselves()
    {
        var impact = With(("Method", "none")).Estimate(12.5, 8, "C3670")!;
        Assert.Equal(12.5, impact.Construction!.Output.Direct, 9);
        Assert.Equal(8, impact.Operation!.Output.Direct, 9);
        Assert.Equal(("18", "3670"), (impact.Sector!.Code, impact.IndustryCode));
        foreach (var phase in new[] { impact.Construction, impact.Operation })
        {
            Assert.All(new[] { phase.Output, phase.ValueAdded, phase.Income, phase.Jobs }, t =>
            {
                Assert.True(t.Indirect > 0 && t.Induced > 0, "suppliers and households respond");
                Assert.Equal(t.Direct + t.Indirect + t.Induced, t.Total, 9);
            });
            // Value added is part of output, income part of value added.
            Assert.True(phase.Output.Total > phase.ValueAdded.Total && phase.ValueAdded.Total > phase.Income.Total);
            Assert.Equal(5, phase.TopSectors.Count);
            Assert.True(phase.TopSectors.Zip(phase.TopSectors.Skip(1)).All(p => p.First.Output >= p.Second.Output));
        }

        Assert.Contains("china-2020-42", impact.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Regionalised_to_jilin_part_of_the_spending_leaks_and_every_figure_is_smaller_and_linear()
    {
        var national = With(("Method", "none")).Estimate(10, 10, "3670")!;
        var jilin = With().Estimate(10, 10, "3670")!;
        Assert.Contains("FLQ, delta 0.3", jilin.Description, StringComparison.Ordinal);
        Assert.InRange(jilin.Construction!.Output.Direct, 0.1, 10 - 1e-9);
        Assert.True(jilin.Construction.Output.Total < national.Construction!.Output.Total);
        Assert.True(jilin.Operation!.Jobs.Total < national.Operation!.Jobs.Total);
        // The operating phase's own sales are not fed back: direct is the expected output in both.
        Assert.Equal(10, jilin.Operation.Output.Direct, 9);

        var doubled = With().Estimate(20, 20, "3670")!;
        Assert.Equal(2 * jilin.Construction.Jobs.Total, doubled.Construction!.Jobs.Total, 6);
        Assert.Equal(2 * jilin.Operation.ValueAdded.Total, doubled.Operation!.ValueAdded.Total, 9);
    }

    [Fact]
    public void Missing_figures_skip_their_phase_and_an_unknown_code_has_no_operating_sector()
    {
        var impacts = With();
        var none = impacts.Estimate(null, null, null)!;
        Assert.Null(none.Construction);
        Assert.Null(none.Operation);
        var noSector = impacts.Estimate(5, 5, "X99")!;
        Assert.NotNull(noSector.Construction);
        Assert.Null(noSector.Operation);
        Assert.Null(noSector.Sector);
        Assert.True(impacts.HasTable);
    }

    [Fact]
    public void Bad_settings_are_named()
    {
        Assert.Contains("InputOutput:Projects:Method is 'lq'", Assert.Throws<InvalidOperationException>(() => With(("Method", "lq"))).Message, StringComparison.Ordinal);
        Assert.Contains("InputOutput:Projects:Delta is '1.5'", Assert.Throws<InvalidOperationException>(() => With(("Delta", "1.5"))).Message, StringComparison.Ordinal);
    }
}
