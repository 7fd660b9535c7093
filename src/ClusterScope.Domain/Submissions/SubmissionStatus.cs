namespace ClusterScope.Domain.Submissions;

/// <summary>Where a submission stands in review.</summary>
public enum SubmissionStatus
{
    /// <summary>Awaiting review; its figures count nowhere yet.</summary>
    Submitted,

    /// <summary>Approved by a reviewer other than the submitter; its figures became observations.</summary>
    Approved,

    /// <summary>Refused by a reviewer, with a reason; nothing was applied.</summary>
    Rejected,

    /// <summary>Taken back by the submitter before review; nothing was applied.</summary>
    Withdrawn,
}
