using ClusterScope.Data.Submissions;
using ClusterScope.Domain;

namespace ClusterScope.Data.Leads;

/// <summary>What became of an action on a lead: done (with its id and new version), or why not, in English and Chinese.</summary>
/// <param name="Status">Done, not found (or another zone's), a conflict, not allowed, or invalid.</param>
/// <param name="Message">Why not, in English.</param>
/// <param name="MessageZh">Why not, in Chinese.</param>
/// <param name="Id">The lead's id once done.</param>
/// <param name="Version">The lead's version once done.</param>
/// <param name="Errors">Field errors of an invalid edit, keyed by the field's camelCase name.</param>
public sealed record LeadOutcome(ReviewStatus Status, string? Message = null, string? MessageZh = null, long? Id = null, int? Version = null,
    FieldErrors? Errors = null)
{
    /// <summary>No such lead, or one of a zone the user does not see.</summary>
    public static readonly LeadOutcome NotFound = new(ReviewStatus.NotFound, "No such lead.", "没有这条线索。");

    /// <summary>Done.</summary>
    public static LeadOutcome Done(long id, int version) => new(ReviewStatus.Done, Id: id, Version: version);

    /// <summary>Refused for a reason given in both languages.</summary>
    public static LeadOutcome Refused(ReviewStatus status, (string En, string Zh) why) => new(status, why.En, why.Zh);

    /// <summary>Refused for invalid fields.</summary>
    public static LeadOutcome Invalid(FieldErrors errors) =>
        new(ReviewStatus.Invalid, "Some fields are not valid.", "部分字段有误。", Errors: errors);

    /// <summary>The lead changed since the user read it.</summary>
    public static readonly LeadOutcome Stale =
        new(ReviewStatus.Conflict, "Someone changed this lead after you opened it: reload it and try again.", "您打开后，这条线索已被他人修改：请刷新后重试。");
}
