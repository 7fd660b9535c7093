using ClusterScope.Domain.Programmes;
using ClusterScope.Domain.Registry;

namespace ClusterScope.Domain.Tests.Programmes;

/// <summary>Hand-built enterprises and a small programme whose eligibility can be checked on paper.</summary>
internal static class Firms
{
    public static readonly IReadOnlySet<string> Indicators = new HashSet<string> { "enterprise_revenue", "enterprise_rd_expense", "enterprise_employment" };

    /// <summary>A valid credit code whose first 17 characters end in <paramref name="tail"/> (GB 32100 check character computed).</summary>
    public static string CreditCode(string tail)
    {
        var first17 = ("91220101MA" + tail.PadLeft(7, '0'))[..17];
        return first17 + UnifiedSocialCreditCode.CheckCharacter(first17);
    }

    public static EnterpriseFacts Facts(string code, EnterpriseSize size = EnterpriseSize.Small, bool highTech = true, string? zone = "Z1",
        string? zonePrefecture = "220100", string? creditCode = "valid", params (string Indicator, int Year, double Value)[] observations) =>
        new(new Enterprise
        {
            Code = code, NameZh = code, NameEn = code, Size = size, IsHighTech = highTech, ZoneCode = zone,
            CreditCode = creditCode == "valid" ? CreditCode(code.Length > 7 ? code[^7..] : code) : creditCode,
        },
        observations.ToDictionary(o => (o.Indicator, o.Year), o => o.Value), zonePrefecture);

    /// <summary>R&amp;D 2023 = 3.5 % of revenue (3.5 / 100), grew from 3.0 in 2022.</summary>
    public static EnterpriseFacts Good(string code = "E1") => Facts(code, observations:
        [("enterprise_revenue", 2023, 100), ("enterprise_rd_expense", 2023, 3.5), ("enterprise_rd_expense", 2022, 3.0)]);

    public static Programme Programme(Clause eligibility, decimal total = 1_000_000m, decimal? cap = null, AllocationRule? award = null,
        Dictionary<int, decimal>? perYear = null) => new()
    {
        Code = "test", Version = 1, NameZh = "测试", NameEn = "Test", OwnerDepartmentZh = "科技厅", OwnerDepartmentEn = "Department of Science and Technology",
        LegalBasis = new("Test rules", null, null, null), PeriodStart = new(2023, 1, 1), PeriodEnd = new(2025, 12, 31),
        Budget = new(total, perYear ?? []), Eligibility = eligibility, Award = award ?? new EqualAmountRule(), PerEnterpriseCap = cap,
    };
}
