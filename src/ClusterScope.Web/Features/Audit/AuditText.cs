using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;

namespace ClusterScope.Web.Features.Audit;

/// <summary>The audit log's record types, actions, fields and origins in the reader's language.</summary>
/// <remarks>The log stores them as the code names them (<c>DevelopmentZone</c>, <c>Updated</c>, <c>AreaHectares</c>), so that
/// a search means the same in every language; only the display is translated. A name this table does not know is shown
/// as stored.</remarks>
public static partial class AuditText
{
    /// <summary>The record type, e.g. 开发区 for <c>DevelopmentZone</c>.</summary>
    public static string RecordType(string type, IStringLocalizer text) => type switch
    {
        "Region" => text["Region"],
        "DevelopmentZone" => text["Development zone"],
        "IndustryCategory" => text["Industry category"],
        "Belt" => text["Industrial belt"],
        "Cluster" => text["Cluster"],
        "Enterprise" => text["Enterprise"],
        "Incubator" => text["Incubator"],
        "Indicator" => text["Indicator"],
        "Observation" => text["Observation"],
        "Plan" => text["Plan"],
        "Target" => text["Target"],
        "ZoneAssignment" => text["Zone assignment"],
        "FrameworkVersion" => text["Framework version"],
        "EvaluationRun" => text["Evaluation run"],
        "EvaluationPublication" => text["Publication of an evaluation run"],
        "Submission" => text["Submission"],
        "SubmissionFigure" => text["Submitted figure"],
        "SubmissionFlag" => text["Plausibility flag"],
        "User" => text["User"],
        "ApiToken" => text["API token"],
        _ => type,
    };

    /// <summary>The action, e.g. 已修改 for <c>Updated</c>.</summary>
    public static string Action(string action, IStringLocalizer text) => action switch
    {
        "Created" => text["Record created"],
        "Updated" => text["Updated"],
        "Deleted" => text["Deleted"],
        "Locked" => text["Locked"],
        "Unlocked" => text["Unlocked"],
        "PasswordReset" => text["Password reset"],
        "Revoked" => text["Revoked"],
        _ => action,
    };

    /// <summary>The field, e.g. 面积（公顷） for <c>AreaHectares</c>; empty for a whole-record entry.</summary>
    public static string Field(string? field, IStringLocalizer text) => field switch
    {
        null => string.Empty,
        "NameZh" => text["Chinese name"],
        "NameEn" => text["English name"],
        "AreaHectares" => text["Area (ha)"],
        "EcoIndustrialStatus" => text["Eco-industrial status"],
        "LeadingIndustriesZh" => text["Leading industries (Chinese)"],
        "LeadingIndustriesEn" => text["Leading industries (English)"],
        "Value" => text["Value"],
        "Status" => text["Status"],
        "Role" => text["Role"],
        "Zones" => text["Zones"],
        "Unit" => text["Unit"],
        "Comparator" => text["Comparator"],
        "Deadline" => text["Deadline"],
        "Issuer" => text["Issuer"],
        "IssuedOn" => text["Issued on"],
        "PeriodStart" => text["Period start"],
        "PeriodEnd" => text["Period end"],
        "SourceDocument" => text["Source document"],
        "SourceText" => text["Source text"],
        "IssuerZh" => text["Issuer in Chinese"],
        "SourceDocumentZh" => text["Source document in Chinese"],
        "SourceTextZh" => text["Source text in Chinese"],
        "SortOrder" => text["Order"],
        "Kind" => text["Kind"],
        "Condition" => text["Condition"],
        "BaselineValue" => text["Baseline value"],
        "BaselinePeriod" => text["Baseline period"],
        "ReferenceEntity" => text["Reference entity"],
        "ReferenceIndicator" => text["Reference indicator"],
        "PartOf" => text["Part of"],
        "Source" => text["Source"],
        "Provenance" => text["Provenance"],
        "ScopeRegionCode" => text["Region"],
        _ => field,
    };

    /// <summary>Who made the change: the application itself shows as "system" in the reader's language.</summary>
    public static string Actor(string actor, IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return actor == "system" ? text["system"] : actor;
    }

    /// <summary>Where the change came from, its leading words translated (<c>form POST /zones/1/edit</c>: 表单 POST /zones/1/edit).</summary>
    public static string Origin(string origin, IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(origin);
        ArgumentNullException.ThrowIfNull(text);
        (string Stored, string Shown)[] prefixes =
        [
            ("data load", text["data load"]), ("form", text["form"]), ("api", text["API call"]), ("import", text["file import"]),
            ("first start", text["first start"]),
        ];
        foreach (var (stored, shown) in prefixes)
        {
            if (origin == stored || origin.StartsWith(stored + " ", StringComparison.Ordinal))
            {
                return shown + origin[stored.Length..];
            }
        }

        return origin;
    }

    /// <summary>A stored value; the summary of a data load ("62 records") in the reader's language.</summary>
    public static string? Value(string? value, IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return value is not null && RecordCount().Match(value) is { Success: true } count ? text["{0} records", count.Groups[1].Value] : value;
    }

    [GeneratedRegex("^([0-9]+) records$")]
    private static partial Regex RecordCount();
}
