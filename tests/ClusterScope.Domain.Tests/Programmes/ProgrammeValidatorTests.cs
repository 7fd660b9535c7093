using ClusterScope.Domain.Programmes;

namespace ClusterScope.Domain.Tests.Programmes;

public class ProgrammeValidatorTests
{
    private static IReadOnlyList<string> Errors(Programme programme) =>
        [.. ProgrammeValidator.Validate(programme, Firms.Indicators).Select(e => e.ToString())];

    [Fact]
    public void A_sound_programme_has_no_error()
    {
        var rule = new AllClause { Id = "all", Clauses = [new FlagClause { Id = "ht", Field = "high_tech" }, new CreditCodeValidClause { Id = "uscc" }] };
        Assert.Empty(Errors(Firms.Programme(rule, cap: 100_000m)));
    }

    [Fact]
    public void Unknown_fields_and_wrong_types_name_the_clause_and_field()
    {
        var rule = new AllClause
        {
            Id = "all",
            Clauses =
            [
                new InSetClause { Id = "c1", Field = "colour", Values = ["red"] },
                new InSetClause { Id = "c2", Field = "high_tech", Values = ["yes"] },
                new FlagClause { Id = "c3", Field = "size" },
                new RatioAtLeastClause { Id = "c4", Numerator = "enterprise_patents", Denominator = "enterprise_revenue", Threshold = 0.03 },
                new GrowthAboveClause { Id = "c5", Indicator = "zone_code" },
                new InSetClause { Id = "c6", Field = "size", Values = ["tiny"] },
                new AtLeastKClause { Id = "c7", K = 3, Clauses = [new FlagClause { Id = "c8", Field = "leading" }] },
                new ZoneInProvinceClause { Id = "c9", Province = "22" },
                new FlagClause { Id = "c3", Field = "start_up" },
            ],
        };
        var errors = Errors(Firms.Programme(rule));
        Assert.Contains(errors, e => e.StartsWith("clause 'c1': field 'colour' is not a registry field", StringComparison.Ordinal));
        Assert.Contains("clause 'c2': field 'high_tech' is yes/no: use a 'flag' clause, not 'in_set'", errors);
        Assert.Contains("clause 'c3': field 'size' holds text, not yes/no: use an 'in_set' clause", errors);
        Assert.Contains("clause 'c4': numerator 'enterprise_patents' is not a known indicator", errors);
        Assert.Contains("clause 'c5': indicator 'zone_code' is a registry field, not a numeric indicator", errors);
        Assert.Contains("clause 'c6': 'tiny' is not a size class (micro, small, medium, large)", errors);
        Assert.Contains("clause 'c7': k = 3 must be between 1 and the number of clauses (1)", errors);
        Assert.Contains("clause 'c9': province '22' is not a six-digit province code such as 220000", errors);
        Assert.Contains("clause 'c3': the id is used twice", errors);
        Assert.Equal(9, errors.Count);
    }

    [Fact]
    public void Budget_below_zero_and_caps_above_the_budget_are_errors()
    {
        var rule = new FlagClause { Id = "ht", Field = "high_tech" };
        Assert.Contains("budget.total: -1 is below zero", Errors(Firms.Programme(rule, total: -1m)));
        Assert.Contains("perEnterpriseCap: 2000 is above the budget (1000)", Errors(Firms.Programme(rule, total: 1000m, cap: 2000m)));
        Assert.Contains("award.cap: 600 is above the budget (500)",
            Errors(Firms.Programme(rule, total: 1000m, award: new EqualAmountRule { Cap = 600m }, perYear: new() { [2023] = 500m, [2024] = 400m })));
        Assert.Contains("budget.perYear: the years add up to 1200, above the total 1000",
            Errors(Firms.Programme(rule, total: 1000m, perYear: new() { [2023] = 600m, [2024] = 600m })));
        Assert.Contains("budget.perYear[2030]: 2030 lies outside the programme's period",
            Errors(Firms.Programme(rule, total: 1000m, perYear: new() { [2030] = 100m })));
    }

    [Fact]
    public void Award_rules_with_impossible_parameters_are_errors()
    {
        var rule = new FlagClause { Id = "ht", Field = "high_tech" };
        Assert.Contains("award.rate: must be above zero", Errors(Firms.Programme(rule, award: new ProportionalRule { Base = "enterprise_rd_expense", Rate = 0 })));
        Assert.Contains("award: a ranked rule sets either amount or rate (with base), not both or neither",
            Errors(Firms.Programme(rule, award: new RankedRule { Amount = 10m, Rate = 0.1m, Base = "enterprise_rd_expense" })));
    }
}
