using System.Globalization;
using ClusterScope.Analytics.InputOutput;
using ClusterScope.Data.InputOutput;
using ClusterScope.Domain;

namespace ClusterScope.Web.Features.InputOutput;

/// <summary>The table choice shared by the input-output page and API: table, regionalisation method and delta, multiplier type.</summary>
/// <param name="Table">Table id (default <c>china-2020-42</c>).</param>
/// <param name="Method"><c>none</c> for the national table, else slq, cilq, flq or aflq (default flq).</param>
/// <param name="Delta">FLQ/AFLQ delta (default 0.3).</param>
/// <param name="Type">1 (open model) or 2 (households endogenous).</param>
public sealed record IoQuery(string Table, string Method, double Delta, int Type)
{
    /// <summary>The table the page opens with.</summary>
    public const string DefaultTable = "china-2020-42";

    /// <summary>The methods offered, <c>none</c> first.</summary>
    public static readonly string[] Methods = ["none", "slq", "cilq", "flq", "aflq"];

    /// <summary>Reads the parameters; each bad one is named in both languages.</summary>
    public static (IoQuery? Query, FieldErrors Errors) Parse(string? table, string? method, string? delta, string? type, int defaultType)
    {
        var errors = new FieldErrors();
        var m = string.IsNullOrWhiteSpace(method) ? "flq" : method.Trim().ToLowerInvariant();
        if (!Methods.Contains(m))
        {
            errors.Add("method", $"method '{method}' is not one of {string.Join(", ", Methods)}.", $"区域化方法“{method}”无效，可选：{string.Join("、", Methods)}。");
        }

        var d = Analytics.InputOutput.Regionalisation.DefaultDelta;
        if (!string.IsNullOrWhiteSpace(delta) && (!double.TryParse(delta, NumberStyles.Float, CultureInfo.InvariantCulture, out d) || d < 0 || d >= 1))
        {
            errors.Add("delta", $"delta '{delta}' must be a number from 0 up to (not including) 1, e.g. 0.3.", $"δ“{delta}”须为 0 至 1（不含 1）之间的数，例如 0.3。");
        }

        var t = defaultType;
        if (!string.IsNullOrWhiteSpace(type) && (!int.TryParse(type, NumberStyles.None, CultureInfo.InvariantCulture, out t) || t is not (1 or 2)))
        {
            errors.Add("type", $"type '{type}' must be 1 (Type I) or 2 (Type II, households endogenous).", $"乘数类型“{type}”须为 1（第一类）或 2（第二类，居民内生）。");
        }

        return (errors.Count > 0 ? null : new IoQuery(string.IsNullOrWhiteSpace(table) ? DefaultTable : table.Trim(), m, d, t), errors);
    }

    /// <summary>The regionalisation to Jilin, or null for the national table.</summary>
    public IoRegionalisation? Regionalisation => Method == "none" ? null : new IoRegionalisation("220000", Enum.Parse<RegionalisationMethod>(Method, ignoreCase: true), Delta);

    /// <summary>Prepares the table; an unknown table or one that cannot be regionalised is named under <c>table</c>.</summary>
    public (IoSetup? Setup, FieldErrors Errors) Prepare(IoWorkbench workbench)
    {
        ArgumentNullException.ThrowIfNull(workbench);
        try
        {
            return (workbench.Setup(Table, Regionalisation), new FieldErrors());
        }
        catch (ArgumentException e)
        {
            var errors = new FieldErrors();
            var known = string.Join(", ", workbench.Tables().Select(x => x.Id));
            errors.Add("table", e.Message, workbench.Tables().All(x => x.Id != Table)
                ? $"没有投入产出表“{Table}”。可选：{known}。"
                : $"投入产出表“{Table}”无法区域化：部门对照表只覆盖 42 部门表（如 china-2020-42）和 153 部门表（china-2020-153、china-2018-153）。");
            return (null, errors);
        }
    }
}
