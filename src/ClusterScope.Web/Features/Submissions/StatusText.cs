using ClusterScope.Domain.Submissions;
using Microsoft.Extensions.Localization;

namespace ClusterScope.Web.Features.Submissions;

/// <summary>The names of submission statuses and entity kinds in the request's language, and the statuses' badge colours.</summary>
public static class StatusText
{
    /// <summary>The status as the pages name it.</summary>
    public static string Of(SubmissionStatus status, IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return status switch
        {
            SubmissionStatus.Submitted => text["Awaiting review"],
            SubmissionStatus.Approved => text["Approved"],
            SubmissionStatus.Rejected => text["Rejected"],
            _ => text["Withdrawn"],
        };
    }

    /// <summary>The kind of entity as the pages name it.</summary>
    public static string Kind(Domain.Registry.EntityKind kind, IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return kind switch
        {
            Domain.Registry.EntityKind.Region => text["Region"],
            Domain.Registry.EntityKind.Zone => text["Zone"],
            Domain.Registry.EntityKind.Cluster => text["Cluster"],
            _ => text["Enterprise"],
        };
    }

    /// <summary>The Bootstrap badge class of the status.</summary>
    public static string Badge(SubmissionStatus status) => status switch
    {
        SubmissionStatus.Submitted => "text-bg-primary",
        SubmissionStatus.Approved => "text-bg-success",
        SubmissionStatus.Rejected => "text-bg-danger",
        _ => "text-bg-secondary",
    };
}
