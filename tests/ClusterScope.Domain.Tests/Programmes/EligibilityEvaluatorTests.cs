using ClusterScope.Domain.Programmes;
using ClusterScope.Domain.Registry;

namespace ClusterScope.Domain.Tests.Programmes;

public class EligibilityEvaluatorTests
{
    private static readonly InSetClause SmallOrMedium = new() { Id = "size", Field = "size", Values = ["small", "medium"] };
    private static readonly FlagClause HighTech = new() { Id = "high-tech", Field = "high_tech" };
    private static readonly RatioAtLeastClause RdIntensity = new() { Id = "rd", Numerator = "enterprise_rd_expense", Denominator = "enterprise_revenue", Threshold = 0.03 };
    private static readonly GrowthAboveClause RdGrowth = new() { Id = "rd-growth", Indicator = "enterprise_rd_expense" };

    private static ClauseTrace Leaf(Clause clause, EnterpriseFacts facts, int year = 2023, PaymentHistory? payments = null) =>
        EligibilityEvaluator.Evaluate(clause, facts, year, payments).Trace;

    [Fact]
    public void Set_membership_passes_small_fails_large_and_is_unknown_without_a_size()
    {
        Assert.Equal(ClauseOutcome.Pass, Leaf(SmallOrMedium, Firms.Facts("A", EnterpriseSize.Small)).Outcome);
        var large = Leaf(SmallOrMedium, Firms.Facts("B", EnterpriseSize.Large));
        Assert.Equal(ClauseOutcome.Fail, large.Outcome);
        Assert.Equal("large", large.Values["size"]);
        var unknown = Leaf(SmallOrMedium, Firms.Facts("C", EnterpriseSize.Unknown));
        Assert.Equal(ClauseOutcome.Unknown, unknown.Outcome);
        Assert.Equal(["size"], unknown.Missing);
    }

    [Fact]
    public void Flag_compares_with_the_expected_value()
    {
        Assert.Equal(ClauseOutcome.Pass, Leaf(HighTech, Firms.Facts("A", highTech: true)).Outcome);
        Assert.Equal(ClauseOutcome.Fail, Leaf(HighTech, Firms.Facts("A", highTech: false)).Outcome);
        Assert.Equal(ClauseOutcome.Pass, Leaf(HighTech with { Expected = false }, Firms.Facts("A", highTech: false)).Outcome);
    }

    [Fact]
    public void Ratio_uses_year_t_and_reports_the_values_it_read()
    {
        // 3.5 / 100 = 0.035 >= 0.03
        var pass = Leaf(RdIntensity, Firms.Good());
        Assert.Equal(ClauseOutcome.Pass, pass.Outcome);
        Assert.Equal("3.5", pass.Values["enterprise_rd_expense[2023]"]);
        Assert.Equal("100", pass.Values["enterprise_revenue[2023]"]);
        Assert.Equal("0.035", pass.Values["ratio"]);
        // 2.9 / 100 < 0.03
        Assert.Equal(ClauseOutcome.Fail, Leaf(RdIntensity, Firms.Facts("B", observations: [("enterprise_revenue", 2023, 100), ("enterprise_rd_expense", 2023, 2.9)])).Outcome);
        // the threshold itself passes: 3 / 100 = 0.03
        Assert.Equal(ClauseOutcome.Pass, Leaf(RdIntensity, Firms.Facts("C", observations: [("enterprise_revenue", 2023, 100), ("enterprise_rd_expense", 2023, 3)])).Outcome);
    }

    [Fact]
    public void Ratio_without_a_figure_is_unknown_and_names_the_figure()
    {
        var noRd = Leaf(RdIntensity, Firms.Facts("A", observations: [("enterprise_revenue", 2023, 100), ("enterprise_rd_expense", 2022, 3)]));
        Assert.Equal(ClauseOutcome.Unknown, noRd.Outcome);
        Assert.Equal(["enterprise_rd_expense[2023]"], noRd.Missing);
        var zero = Leaf(RdIntensity, Firms.Facts("B", observations: [("enterprise_revenue", 2023, 0), ("enterprise_rd_expense", 2023, 3)]));
        Assert.Equal(["enterprise_revenue[2023] (zero)"], zero.Missing);
        var offset = Leaf(RdIntensity with { YearOffset = -1 }, Firms.Good());
        Assert.Equal(["enterprise_revenue[2022]"], offset.Missing);
    }

    [Fact]
    public void Growth_is_relative_change_from_t_minus_1()
    {
        // (3.5 - 3.0) / 3.0 = 0.1666... > 0
        var grew = Leaf(RdGrowth, Firms.Good());
        Assert.Equal(ClauseOutcome.Pass, grew.Outcome);
        Assert.Equal((0.5 / 3.0).ToString("R", System.Globalization.CultureInfo.InvariantCulture), grew.Values["growth"]);
        Assert.Equal(ClauseOutcome.Fail, Leaf(RdGrowth with { Threshold = 0.2 }, Firms.Good()).Outcome);
        var flat = Firms.Facts("F", observations: [("enterprise_rd_expense", 2023, 3), ("enterprise_rd_expense", 2022, 3)]);
        Assert.Equal(ClauseOutcome.Fail, Leaf(RdGrowth, flat).Outcome);
        var first = Leaf(RdGrowth, Firms.Facts("N", observations: [("enterprise_rd_expense", 2023, 3)]));
        Assert.Equal(["enterprise_rd_expense[2022]"], first.Missing);
    }

    [Fact]
    public void Value_between_is_inclusive()
    {
        var clause = new ValueBetweenClause { Id = "staff", Indicator = "enterprise_employment", Max = 1000 };
        Assert.Equal(ClauseOutcome.Pass, Leaf(clause, Firms.Facts("A", observations: [("enterprise_employment", 2023, 1000)])).Outcome);
        Assert.Equal(ClauseOutcome.Fail, Leaf(clause, Firms.Facts("A", observations: [("enterprise_employment", 2023, 1001)])).Outcome);
        Assert.Equal(["enterprise_employment[2023]"], Leaf(clause, Firms.Facts("A")).Missing);
    }

    [Fact]
    public void Zone_in_province_reads_the_prefecture_of_the_zone()
    {
        var clause = new ZoneInProvinceClause { Id = "zone", Province = "220000" };
        Assert.Equal(ClauseOutcome.Pass, Leaf(clause, Firms.Facts("A", zone: "Z1", zonePrefecture: "220100")).Outcome);
        Assert.Equal(ClauseOutcome.Fail, Leaf(clause, Firms.Facts("B", zone: "Z9", zonePrefecture: "210100")).Outcome);
        Assert.Equal(["zone_code"], Leaf(clause, Firms.Facts("C", zone: null, zonePrefecture: null)).Missing);
        Assert.Equal(["zone_prefecture of Z5"], Leaf(clause, Firms.Facts("D", zone: "Z5", zonePrefecture: null)).Missing);
    }

    [Fact]
    public void No_payment_from_reads_the_payment_history_for_the_same_year()
    {
        var clause = new NoPaymentFromClause { Id = "no-double", Programme = "startup" };
        var payments = new PaymentHistory([("A", "startup", 2023), ("B", "startup", 2022), ("C", "other", 2023)]);
        Assert.Equal(ClauseOutcome.Fail, Leaf(clause, Firms.Facts("A"), payments: payments).Outcome);
        Assert.Equal(ClauseOutcome.Pass, Leaf(clause, Firms.Facts("B"), payments: payments).Outcome);
        Assert.Equal(ClauseOutcome.Pass, Leaf(clause, Firms.Facts("C"), payments: payments).Outcome);
    }

    [Fact]
    public void Credit_code_is_checked_with_its_check_character()
    {
        var clause = new CreditCodeValidClause { Id = "uscc" };
        var valid = Firms.CreditCode("1234567");
        Assert.Equal(ClauseOutcome.Pass, Leaf(clause, Firms.Facts("A", creditCode: valid)).Outcome);
        var wrong = valid[..17] + (valid[17] == '0' ? '1' : '0');
        var failed = Leaf(clause, Firms.Facts("B", creditCode: wrong));
        Assert.Equal(ClauseOutcome.Fail, failed.Outcome);
        Assert.Contains("check character", failed.Values["error"], StringComparison.Ordinal);
        Assert.Equal(["credit_code"], Leaf(clause, Firms.Facts("C", creditCode: null)).Missing);
    }

    [Fact]
    public void All_fails_on_any_failure_even_with_unknowns_and_is_unknown_otherwise()
    {
        var all = new AllClause { Id = "all", Clauses = [HighTech, RdIntensity] };
        Assert.Equal(ClauseOutcome.Pass, Leaf(all, Firms.Good()).Outcome);
        var noData = Firms.Facts("A", highTech: true);
        var unknown = Leaf(all, noData);
        Assert.Equal(ClauseOutcome.Unknown, unknown.Outcome);
        Assert.Equal(["enterprise_rd_expense[2023]", "enterprise_revenue[2023]"], unknown.Missing);
        Assert.Equal(ClauseOutcome.Fail, Leaf(all, Firms.Facts("B", highTech: false)).Outcome);
    }

    [Fact]
    public void Any_passes_on_one_pass_even_with_unknowns()
    {
        var any = new AnyClause { Id = "any", Clauses = [RdIntensity, HighTech] };
        Assert.Equal(ClauseOutcome.Pass, Leaf(any, Firms.Facts("A", highTech: true)).Outcome);
        Assert.Equal(ClauseOutcome.Unknown, Leaf(any, Firms.Facts("B", highTech: false)).Outcome);
        var failing = Firms.Facts("C", highTech: false, observations: [("enterprise_revenue", 2023, 100), ("enterprise_rd_expense", 2023, 1)]);
        Assert.Equal(ClauseOutcome.Fail, Leaf(any, failing).Outcome);
    }

    [Fact]
    public void K_of_n_counts_passes_and_what_unknowns_could_still_add()
    {
        // high-tech passes, size passes, rd unknown: 2 of 3 pass at k = 2; k = 3 unknown; with size failing k = 3 fails
        var kOfN = new AtLeastKClause { Id = "k", K = 2, Clauses = [HighTech, SmallOrMedium, RdIntensity] };
        var facts = Firms.Facts("A", EnterpriseSize.Small, highTech: true);
        var two = Leaf(kOfN, facts);
        Assert.Equal(ClauseOutcome.Pass, two.Outcome);
        Assert.Equal("2", two.Values["passed"]);
        Assert.Equal(ClauseOutcome.Unknown, Leaf(kOfN with { K = 3 }, facts).Outcome);
        Assert.Equal(ClauseOutcome.Fail, Leaf(kOfN with { K = 3 }, Firms.Facts("B", EnterpriseSize.Large)).Outcome);
    }

    [Fact]
    public void Nested_combinations_keep_every_clause_trace_and_the_failing_leaf()
    {
        var rule = new AllClause
        {
            Id = "root",
            Clauses = [SmallOrMedium, new AnyClause { Id = "innovative", Clauses = [HighTech, new AllClause { Id = "rd-both", Clauses = [RdIntensity, RdGrowth] }] }],
        };
        var result = EligibilityEvaluator.Evaluate(rule, Firms.Facts("L", EnterpriseSize.Large, highTech: false), 2023);
        Assert.Equal(ClauseOutcome.Fail, result.Outcome);
        Assert.Equal(["root", "size", "innovative", "high-tech", "rd-both", "rd", "rd-growth"], result.Trace.Flatten().Select(t => t.Id));
        Assert.Equal(["size", "high-tech"], result.FailedClauses.Select(t => t.Id));
    }

    [Fact]
    public void Facts_from_registry_rows_keep_yearly_observations_of_the_enterprise_only()
    {
        var enterprise = new Enterprise { Code = "E1", NameZh = "甲", NameEn = "A", ZoneCode = "Z1" };
        var zones = new Dictionary<string, DevelopmentZone>
        {
            ["Z1"] = new() { Code = "Z1", NameZh = "区", NameEn = "Zone", TypeCode = "101", TypeZh = "经开区", TypeEn = "ETDZ", PrefectureCode = "220200" },
        };
        Observation Obs(string entity, string period, double value) => new() { EntityKind = EntityKind.Enterprise, EntityCode = entity, IndicatorCode = "enterprise_revenue", Period = period, Value = value };
        var facts = EnterpriseFacts.From(enterprise, [Obs("E1", "2023", 5), Obs("E1", "2023-Q1", 1), Obs("E2", "2023", 9)], zones);
        Assert.Equal(5, facts.Value("enterprise_revenue", 2023));
        Assert.Single(facts.Observations);
        Assert.Equal("220200", facts.ZoneRegionCode);
    }
}
