namespace ClusterScope.Data.Submissions;

/// <summary>What became of a review action (approve, reject, withdraw, dismiss a flag).</summary>
public enum ReviewStatus
{
    /// <summary>Done and saved.</summary>
    Done,

    /// <summary>No such submission or flag, or one the user may not see.</summary>
    NotFound,

    /// <summary>The submission changed after the user loaded it (another reviewer acted); nothing was written.</summary>
    Conflict,

    /// <summary>The user may not do this (the submitter approving their own figures, a non-reviewer reviewing).</summary>
    NotAllowed,

    /// <summary>A required field is missing (a rejection or dismissal without a reason).</summary>
    Invalid,
}

/// <summary>The outcome of a review action, with a message in English and Chinese when it was not done.</summary>
public sealed record ReviewOutcome(ReviewStatus Status, string? Message = null, string? MessageZh = null, int? Version = null)
{
    /// <summary>The submission changed meanwhile.</summary>
    public static ReviewOutcome Conflict(string message, string messageZh) => new(ReviewStatus.Conflict, message, messageZh);

    /// <summary>No such submission, or one the user may not see.</summary>
    public static readonly ReviewOutcome NotFound = new(ReviewStatus.NotFound, "No such submission.", "没有这份报送。");
}
