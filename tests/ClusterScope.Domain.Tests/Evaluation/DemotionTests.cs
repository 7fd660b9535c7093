using ClusterScope.Domain.Evaluation;

namespace ClusterScope.Domain.Tests.Evaluation;

public class DemotionTests
{
    private static readonly DemotionRule Etdz2021 = new(Placings: 2, Bottom: 5, Years: 3);

    // 30 ranked units: the bottom 5 are ranks 26-30.
    private static Placing At(string unit, int year, int rank) => new(unit, year, rank, 30);

    [Fact]
    public void Two_bottom_five_placings_within_three_consecutive_years_demote()
    {
        var findings = Demotion.Evaluate(Etdz2021, [At("Z1", 2021, 27), At("Z1", 2022, 12), At("Z1", 2023, 30)]);
        var finding = Assert.Single(findings);
        Assert.Equal("Z1", finding.Unit);
        Assert.Equal([2021, 2023], finding.Years);
    }

    [Fact]
    public void Bottom_placings_four_years_apart_do_not_demote()
    {
        Assert.Empty(Demotion.Evaluate(Etdz2021, [At("Z1", 2020, 30), At("Z1", 2021, 10), At("Z1", 2022, 10), At("Z1", 2023, 26)]));
    }

    [Fact]
    public void Rank_25_of_30_is_not_in_the_bottom_five()
    {
        Assert.Empty(Demotion.Evaluate(Etdz2021, [At("Z1", 2021, 25), At("Z1", 2022, 25), At("Z1", 2023, 26)]));
    }

    [Fact]
    public void The_bottom_band_follows_the_size_of_each_year_ranking()
    {
        // 8 ranked in 2021 (bottom 5 = ranks 4-8), 30 in 2022 (ranks 26-30).
        var findings = Demotion.Evaluate(Etdz2021, [new Placing("Z1", 2021, 4, 8), new Placing("Z1", 2022, 26, 30), new Placing("Z2", 2021, 3, 8)]);
        Assert.Equal(["Z1"], findings.Select(f => f.Unit));
    }

    [Fact]
    public void Only_units_meeting_the_rule_are_listed()
    {
        var findings = Demotion.Evaluate(Etdz2021, [At("Z1", 2021, 1), At("Z2", 2021, 28), At("Z2", 2022, 29), At("Z1", 2022, 2)]);
        Assert.Equal(["Z2"], findings.Select(f => f.Unit));
    }

    [Fact]
    public void Two_placings_of_one_unit_in_one_year_are_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => Demotion.Evaluate(Etdz2021, [At("Z1", 2021, 1), At("Z1", 2021, 2)]));
        Assert.StartsWith("Unit 'Z1' has 2 placings in 2021.", error.Message, StringComparison.Ordinal);
    }
}
