using ClusterScope.Data.Programmes;
using ClusterScope.Domain.Programmes;
using ClusterScope.Domain.Registry;

namespace ClusterScope.Data.Tests.Programmes;

public class ProgrammeTemplatesTests
{
    private static readonly string Jilin = Path.Combine(AppContext.BaseDirectory, "data", "jilin");

    [Fact]
    public void Every_shipped_template_loads_and_validates()
    {
        var programmes = ProgrammeTemplates.Read(Jilin);
        Assert.Equal(["jl-innovation-vp", "jl-rd-subsidy", "jl-sme-guarantee", "jl-startup-pojian"], programmes.Select(p => p.Code));
        var files = Directory.GetFiles(Path.Combine(Jilin, "programmes"), "*.json");
        Assert.Equal(files.Length, programmes.Count);
        Assert.All(programmes, p => Assert.Empty(ProgrammeValidator.Validate(p, new HashSet<string> { "enterprise_revenue", "enterprise_employment", "enterprise_rd_expense" })));
    }

    [Fact]
    public void The_sourced_2024_figures_stay_beside_the_rules()
    {
        var programmes = ProgrammeTemplates.Read(Jilin).ToDictionary(p => p.Code);
        Assert.Equal([1561m, 140_000_000m], programmes["jl-rd-subsidy"].Facts.Select(f => f.Value));
        Assert.Equal(140_000_000m, programmes["jl-rd-subsidy"].Budget.For(2024));
        Assert.Equal([104m], programmes["jl-startup-pojian"].Facts.Select(f => f.Value));
        Assert.Equal([596m], programmes["jl-innovation-vp"].Facts.Select(f => f.Value));
        Assert.Equal("国发〔2009〕33号", programmes["jl-sme-guarantee"].LegalBasis.Number);
        Assert.All(programmes.Values.SelectMany(p => p.Facts), f => Assert.False(string.IsNullOrWhiteSpace(f.Source)));
    }

    [Fact]
    public void Clauses_whose_official_text_is_not_public_say_illustrative()
    {
        foreach (var programme in ProgrammeTemplates.Read(Jilin))
        {
            var top = programme.Eligibility is CombinedClause combined ? combined.Clauses : [programme.Eligibility];
            Assert.All(top, c => Assert.True(c.Illustrative, $"{programme.Code}: clause '{c.Id}' is not marked illustrative"));
            Assert.True(programme.Award.Illustrative);
        }
    }

    [Fact]
    public void The_rd_subsidy_explains_an_ineligible_and_an_undecidable_firm()
    {
        var rd = ProgrammeTemplates.Read(Jilin).Single(p => p.Code == "jl-rd-subsidy");
        var first17 = "91220101MA1234567";
        var enterprise = new Enterprise { Code = "S1", NameZh = "样本", NameEn = "Sample", ZoneCode = "Z1", CreditCode = first17 + UnifiedSocialCreditCode.CheckCharacter(first17) };
        // R&D 0.02 of revenue 1 (100m CNY) = 2 % < 3 %: ineligible, the failing clause is rd-intensity
        var low = new EnterpriseFacts(enterprise, new Dictionary<(string, int), double>
        {
            [("enterprise_revenue", 2024)] = 1, [("enterprise_rd_expense", 2024)] = 0.02, [("enterprise_rd_expense", 2023)] = 0.01,
        }, "220100");
        var result = EligibilityEvaluator.Evaluate(rd.Eligibility, low, 2024);
        Assert.Equal(ClauseOutcome.Fail, result.Outcome);
        Assert.Equal(["rd-intensity"], result.FailedClauses.Select(c => c.Id));
        // without any R&D series (as in the default sample data): undecidable, naming the missing figures
        var unknown = EligibilityEvaluator.Evaluate(rd.Eligibility, low with { Observations = new Dictionary<(string, int), double> { [("enterprise_revenue", 2024)] = 1 } }, 2024);
        Assert.Equal(ClauseOutcome.Unknown, unknown.Outcome);
        Assert.Equal(["enterprise_rd_expense[2024]", "enterprise_rd_expense[2023]"], unknown.Trace.Missing);
    }

    [Fact]
    public void A_broken_template_is_refused_naming_file_and_clause()
    {
        var folder = Directory.CreateTempSubdirectory("programmes-");
        try
        {
            Directory.CreateDirectory(Path.Combine(folder.FullName, "programmes"));
            var text = File.ReadAllText(Path.Combine(Jilin, "programmes", "rd-expense-subsidy.json")).Replace("\"enterprise_revenue\"", "\"enterprise_turnover\"", StringComparison.Ordinal);
            File.WriteAllText(Path.Combine(folder.FullName, "programmes", "broken.json"), text);
            var e = Assert.Throws<InvalidDataException>(() => ProgrammeTemplates.Read(folder.FullName, ["enterprise_rd_expense"]));
            Assert.Contains("broken.json: 1 error(s) in programme 'jl-rd-subsidy'", e.Message, StringComparison.Ordinal);
            Assert.Contains("clause 'rd-intensity': denominator 'enterprise_turnover' is not a known indicator", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
