using ClusterScope.Domain.Programmes;

namespace ClusterScope.Domain.Tests.Programmes;

public class ProgrammeFileTests
{
    private const string Valid = """
        {
          "code": "p", "version": 1, "nameZh": "项目", "nameEn": "Programme", "ownerDepartmentZh": "厅", "ownerDepartmentEn": "Department",
          "legalBasis": { "title": "Rules", "number": null, "issuedOn": null, "link": null },
          "periodStart": "2024-01-01", "periodEnd": "2024-12-31",
          "budget": { "total": 1000, "perYear": { "2024": 1000 } },
          "payment": "automatic",
          "eligibility": { "kind": "any", "id": "root", "clauses": [
            { "id": "ht", "kind": "flag", "field": "high_tech" },
            { "kind": "at_least_k", "id": "k", "k": 1, "clauses": [ { "kind": "credit_code_valid", "id": "uscc" } ] } ] },
          "award": { "kind": "ranked", "amount": 100, "cap": 100 },
        }
        """;

    private static InvalidDataException Refused(string json) =>
        Assert.Throws<InvalidDataException>(() => ProgrammeFile.Parse(json, "p.json", Firms.Indicators));

    [Fact]
    public void A_valid_file_reads_into_nested_clauses_and_rules()
    {
        var p = ProgrammeFile.Parse(Valid, "p.json", Firms.Indicators);
        var root = Assert.IsType<AnyClause>(p.Eligibility);
        Assert.IsType<FlagClause>(root.Clauses[0]);
        Assert.Equal(1, Assert.IsType<AtLeastKClause>(root.Clauses[1]).K);
        Assert.Equal(100m, Assert.IsType<RankedRule>(p.Award).Amount);
        Assert.Equal(PaymentMode.Automatic, p.Payment);
        Assert.Equal(1000m, p.Budget.For(2024));
    }

    [Fact]
    public void An_unknown_clause_kind_names_the_file_and_path()
    {
        var e = Refused(Valid.Replace("\"kind\": \"flag\"", "\"kind\": \"colour\"", StringComparison.Ordinal));
        Assert.StartsWith("p.json: $.eligibility.clauses[0]", e.Message, StringComparison.Ordinal);
        Assert.Contains("colour", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_or_missing_member_is_an_error()
    {
        Assert.Contains("treshold", Refused(Valid.Replace("\"field\": \"high_tech\"", "\"field\": \"high_tech\", \"treshold\": 1", StringComparison.Ordinal)).Message, StringComparison.Ordinal);
        var missing = Refused(Valid.Replace("\"field\": \"high_tech\"", "\"expected\": true", StringComparison.Ordinal));
        Assert.Contains("field", missing.Message, StringComparison.Ordinal);
        Assert.StartsWith("p.json: $.eligibility.clauses[0]", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validation_errors_are_listed_with_the_file()
    {
        var e = Refused(Valid.Replace("\"total\": 1000", "\"total\": -5", StringComparison.Ordinal));
        Assert.Contains("p.json: ", e.Message, StringComparison.Ordinal);
        Assert.Contains("budget.total: -5 is below zero", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Broken_json_names_the_line()
    {
        Assert.Matches(@"^p\.json: .*\(line \d+\)", Refused(Valid.Replace("\"code\": \"p\",", "\"code\": \"p\"", StringComparison.Ordinal)).Message);
    }
}
