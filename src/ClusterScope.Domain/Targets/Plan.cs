using System.Text.RegularExpressions;

namespace ClusterScope.Domain.Targets;

/// <summary>A plan or programme: a dated policy document with machine-checkable <see cref="Targets"/>.</summary>
public sealed partial class Plan
{
    /// <summary>Short stable code, lower case with hyphens, e.g. <c>jilin-clusters-2013</c>.</summary>
    public required string Code { get; set; }

    /// <summary>English name.</summary>
    public required string NameEn { get; set; }

    /// <summary>Chinese name.</summary>
    public required string NameZh { get; set; }

    /// <summary>Who issued it, e.g. "Jilin Provincial People's Government".</summary>
    public required string Issuer { get; set; }

    /// <summary>The issuer in Chinese (e.g. 吉林省人民政府); pages in Chinese fall back to <see cref="Issuer"/> without it.</summary>
    public string? IssuerZh { get; set; }

    /// <summary>Date of issue, where known.</summary>
    public DateOnly? IssuedOn { get; set; }

    /// <summary>The source document: its title and number, or where the figures were found.</summary>
    public string? SourceDocument { get; set; }

    /// <summary>The source document in Chinese.</summary>
    public string? SourceDocumentZh { get; set; }

    /// <summary>First year the plan covers.</summary>
    public int PeriodStart { get; set; }

    /// <summary>Last year the plan covers; deadlines after it are flagged by <see cref="PlanChecks"/>.</summary>
    public int PeriodEnd { get; set; }

    /// <summary>The region the plan applies to (administrative code, e.g. 220000).</summary>
    public required string ScopeRegionCode { get; set; }

    /// <summary>Optimistic-concurrency version, incremented on every edit.</summary>
    public int Version { get; set; }

    /// <summary>The plan's targets.</summary>
    public List<Target> Targets { get; } = [];

    /// <summary>Checks the plan's own fields (not its targets); an empty result means valid.</summary>
    /// <returns>Plain messages keyed by the field's camelCase name.</returns>
    public FieldErrors Validate()
    {
        var errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(Code) || !CodePattern().IsMatch(Code))
        {
            errors.Add("code", $"code '{Code}' must be 2-64 lower-case letters, digits and hyphens, starting with a letter.",
                $"代码“{Code}”须为 2-64 个小写字母、数字或连字符，并以字母开头。");
        }

        if (string.IsNullOrWhiteSpace(NameEn))
        {
            errors.Add("nameEn", "an English name is required.", "须填写英文名称。");
        }

        if (string.IsNullOrWhiteSpace(NameZh))
        {
            errors.Add("nameZh", "a Chinese name is required.", "须填写中文名称。");
        }

        if (string.IsNullOrWhiteSpace(Issuer))
        {
            errors.Add("issuer", "the issuer is required.", "须填写发布机关。");
        }

        if (PeriodStart is < 1949 or > 2100)
        {
            errors.Add("periodStart", $"the first year must be between 1949 and 2100; got {PeriodStart}.", $"起始年份须在 1949 至 2100 之间；现为 {PeriodStart}。");
        }

        if (PeriodEnd < PeriodStart || PeriodEnd > 2100)
        {
            errors.Add("periodEnd", $"the last year must be from {PeriodStart} to 2100; got {PeriodEnd}.", $"终止年份须在 {PeriodStart} 至 2100 之间；现为 {PeriodEnd}。");
        }

        if (string.IsNullOrWhiteSpace(ScopeRegionCode))
        {
            errors.Add("scopeRegionCode", "the region the plan applies to is required.", "须填写规划适用的地区。");
        }

        return errors;
    }

    /// <summary>Codes of plans and targets: used in URLs and on the command line.</summary>
    [GeneratedRegex("^[a-z][a-z0-9-]{1,63}$")]
    internal static partial Regex CodePattern();
}
