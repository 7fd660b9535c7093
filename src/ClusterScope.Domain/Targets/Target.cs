namespace ClusterScope.Domain.Targets;

/// <summary>One machine-checkable target of a <see cref="Plan"/>: a kind, a comparator, a value and a deadline.</summary>
/// <remarks>Which fields a kind needs: <see cref="TargetKind.Count"/> and <see cref="TargetKind.Sum"/> an
/// <see cref="Indicator"/> of clusters (and optionally a <see cref="Condition"/>); <see cref="TargetKind.Share"/> also a
/// <see cref="ReferenceIndicator"/> of a <see cref="ReferenceEntity"/> (the denominator, a region);
/// <see cref="TargetKind.StatusCount"/> a <c>status&gt;=</c> condition; <see cref="TargetKind.ProgrammeFigure"/> an
/// <see cref="Indicator"/> of a <see cref="ReferenceEntity"/>; <see cref="TargetKind.VerifiedWins"/> the indicator
/// <c>verified_investment</c> or <c>verified_jobs</c> (and optionally a chain as <see cref="ReferenceEntity"/>).
/// <see cref="TargetKind.Coverage"/> needs nothing more.</remarks>
public sealed class Target
{
    /// <summary>Surrogate key.</summary>
    public int Id { get; set; }

    /// <summary>The plan's code.</summary>
    public required string PlanCode { get; set; }

    /// <summary>Code unique within the plan, e.g. <c>clusters-over-100bn</c>.</summary>
    public required string Code { get; set; }

    /// <summary>English name.</summary>
    public required string NameEn { get; set; }

    /// <summary>Chinese name.</summary>
    public required string NameZh { get; set; }

    /// <summary>What the target counts or measures.</summary>
    public TargetKind Kind { get; set; }

    /// <summary>How the observed value is compared with <see cref="Value"/>.</summary>
    public Comparator Comparator { get; set; }

    /// <summary>The target value, in <see cref="Unit"/> (a share is in percent: 35.4 means 35.4 %).</summary>
    public double Value { get; set; }

    /// <summary>The unit, e.g. "clusters", "100m CNY", "%".</summary>
    public required string Unit { get; set; }

    /// <summary>The year by whose end the target is to be met.</summary>
    public int DeadlineYear { get; set; }

    /// <summary>The value the plan starts from, where it states one.</summary>
    public double? BaselineValue { get; set; }

    /// <summary>The period of <see cref="BaselineValue"/>.</summary>
    public string? BaselinePeriod { get; set; }

    /// <summary>The indicator counted, summed or read, e.g. <c>cluster_output</c>.</summary>
    public string? Indicator { get; set; }

    /// <summary>Which entities count, in the text form of <see cref="TargetCondition"/>.</summary>
    public string? Condition { get; set; }

    /// <summary>The denominator's indicator of a share, e.g. <c>gross_industrial_output</c>.</summary>
    public string? ReferenceIndicator { get; set; }

    /// <summary>The region whose <see cref="ReferenceIndicator"/> (share) or <see cref="Indicator"/> (programme figure) is read.</summary>
    public string? ReferenceEntity { get; set; }

    /// <summary>The code of the target this one is a part of (a tier or category count of the total), for consistency checks.</summary>
    public string? PartOf { get; set; }

    /// <summary>The plan's own words for the target, or where the figure was found.</summary>
    public string? SourceText { get; set; }

    /// <summary>The same in Chinese: the plan's wording where it is known, otherwise a translation of <see cref="SourceText"/>.</summary>
    public string? SourceTextZh { get; set; }

    /// <summary>Display order within the plan.</summary>
    public int SortOrder { get; set; }

    /// <summary>The parsed <see cref="Condition"/>.</summary>
    /// <exception cref="FormatException">The condition does not parse (see <see cref="Validate"/>).</exception>
    public TargetCondition ParsedCondition() => TargetCondition.Parse(Condition);

    /// <summary>Checks the fields and that the kind has what it needs; an empty result means valid.</summary>
    /// <returns>Plain messages keyed by the field's camelCase name.</returns>
    public FieldErrors Validate()
    {
        var errors = new FieldErrors();
        var Add = errors.Add;
        if (string.IsNullOrWhiteSpace(Code) || !Plan.CodePattern().IsMatch(Code))
        {
            Add("code", $"code '{Code}' must be 2-64 lower-case letters, digits and hyphens, starting with a letter.",
                $"代码“{Code}”须为 2-64 个小写字母、数字或连字符，并以字母开头。");
        }

        if (string.IsNullOrWhiteSpace(NameEn))
        {
            Add("nameEn", "an English name is required.", "须填写英文名称。");
        }

        if (string.IsNullOrWhiteSpace(NameZh))
        {
            Add("nameZh", "a Chinese name is required.", "须填写中文名称。");
        }

        if (!double.IsFinite(Value) || Value < 0)
        {
            Add("value", $"the target value must be a number of at least 0; got {Value}.", $"目标值须为不小于 0 的数；现为 {Value}。");
        }

        if (Kind is TargetKind.Share or TargetKind.Coverage && Value > 100)
        {
            Add("value", $"a {Kind} target is a percentage (0-100); got {Value}.", $"{Kind} 类目标是百分比（0-100）；现为 {Value}。");
        }

        if (string.IsNullOrWhiteSpace(Unit))
        {
            Add("unit", "a unit is required.", "须填写单位。");
        }

        if (DeadlineYear is < 1949 or > 2100)
        {
            Add("deadlineYear", $"the deadline must be a year between 1949 and 2100; got {DeadlineYear}.", $"期限须为 1949 至 2100 之间的年份；现为 {DeadlineYear}。");
        }

        if (BaselineValue is not null && BaselinePeriod is null)
        {
            Add("baselinePeriod", "a baseline value needs the period it refers to.", "填写基期值时须同时填写基期。");
        }

        if (BaselinePeriod is not null && !Registry.ReportingPeriod.IsValid(BaselinePeriod))
        {
            Add("baselinePeriod", $"'{BaselinePeriod}' is not a period: use a year (2012), a quarter or a month.", $"“{BaselinePeriod}”不是有效的期间：请写年份（2012）、季度或月份。");
        }

        if (!TargetCondition.TryParse(Condition, out var condition, out var conditionError))
        {
            Add("condition", conditionError!, $"条件“{Condition}”无法识别：请写 tier=…、tier>=…、category=… 或 status>=…，以“;”分隔。（{conditionError}）");
        }

        ValidateKind(condition, Add);
        return errors;
    }

    private void ValidateKind(TargetCondition condition, Action<string, string, string> add)
    {
        if (Kind is TargetKind.Count or TargetKind.Sum or TargetKind.Share or TargetKind.ProgrammeFigure && string.IsNullOrWhiteSpace(Indicator))
        {
            add("indicator", $"a {Kind} target needs the indicator it reads, e.g. cluster_output.", $"{Kind} 类目标须注明所读取的指标，如 cluster_output。");
        }

        if (Kind == TargetKind.Share && string.IsNullOrWhiteSpace(ReferenceIndicator))
        {
            add("referenceIndicator", "a share target needs the indicator of its denominator, e.g. gross_industrial_output.", "比重类目标须注明分母指标，如 gross_industrial_output。");
        }

        if (Kind is TargetKind.Share or TargetKind.ProgrammeFigure && string.IsNullOrWhiteSpace(ReferenceEntity))
        {
            add("referenceEntity", $"a {Kind} target needs the region whose figure it reads, e.g. 220000.", $"{Kind} 类目标须注明所读取数据的地区，如 220000。");
        }

        if (Kind == TargetKind.VerifiedWins && Indicator is not (VerifiedWin.InvestmentIndicator or VerifiedWin.JobsIndicator))
        {
            add("indicator", $"a verified-wins target reads {VerifiedWin.InvestmentIndicator} (100m CNY) or {VerifiedWin.JobsIndicator}.",
                $"已核验招商项目类目标读取 {VerifiedWin.InvestmentIndicator}（亿元）或 {VerifiedWin.JobsIndicator}（就业岗位）。");
        }

        if (Kind == TargetKind.StatusCount && condition.MinimumStatus is null)
        {
            add("condition", "a status count needs a condition such as status>=Provincial.", "级别计数类目标须有条件，如 status>=Provincial。");
        }
    }
}
