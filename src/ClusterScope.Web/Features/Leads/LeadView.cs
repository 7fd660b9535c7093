using ClusterScope.Domain.Leads;

namespace ClusterScope.Web.Features.Leads;

/// <summary>A lead as the API and the board show it: stage and verification as codes, whether it counts as a win.</summary>
internal sealed record LeadView(long Id, string CompanyName, string? CreditCode, string? EnterpriseCode, string? Origin, string ZoneCode, string? ClusterCode,
    string? ChainCode, string? SegmentCode, double? ExpectedInvestment, int? ExpectedJobs, double? ExpectedOutput, string Stage, DateOnly StageSince,
    DateOnly? SignedOn, string? LostReason, string? NextAction, DateOnly? NextActionDue, string? Notes, string Verification, string? VerifiedBy,
    string? VerificationNote, bool CountsAsWin, string CreatedBy, int Version)
{
    public static LeadView Of(Lead l) => new(l.Id, l.CompanyName, l.CreditCode, l.EnterpriseCode, l.Origin, l.ZoneCode, l.ClusterCode, l.ChainCode,
        l.SegmentCode, l.ExpectedInvestment, l.ExpectedJobs, l.ExpectedOutput, LeadStages.Code(l.Stage), l.StageSince, l.SignedOn, l.LostReason, l.NextAction,
        l.NextActionDue, l.Notes, l.Verification.ToString().ToLowerInvariant(), l.VerifiedBy, l.VerificationNote, l.CountsAsWin, l.CreatedBy, l.Version);
}
