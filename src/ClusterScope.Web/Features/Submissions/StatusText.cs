using ClusterScope.Domain.Submissions;
using Microsoft.Extensions.Localization;

namespace ClusterScope.Web.Features.Submissions;

/// <summary>The names and badge colours of submission statuses, in the request's language.</summary>
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

    /// <summary>The Bootstrap badge class of the status.</summary>
    public static string Badge(SubmissionStatus status) => status switch
    {
        SubmissionStatus.Submitted => "text-bg-primary",
        SubmissionStatus.Approved => "text-bg-success",
        SubmissionStatus.Rejected => "text-bg-danger",
        _ => "text-bg-secondary",
    };
}
