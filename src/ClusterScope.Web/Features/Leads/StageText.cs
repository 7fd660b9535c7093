using ClusterScope.Domain.Leads;
using ClusterScope.Web.Shared;

namespace ClusterScope.Web.Features.Leads;

/// <summary>Stage and verification names in the page's language, and the badge colour of a verification.</summary>
internal static class StageText
{
    public static string Of(LeadStage stage) => Ui.Name(LeadStages.NameZh(stage), LeadStages.NameEn(stage));

    public static string Of(Verification verification) => verification switch
    {
        Verification.Requested => Ui.Name("待核验", "awaiting verification"),
        Verification.Verified => Ui.Name("已核验", "verified"),
        Verification.Rejected => Ui.Name("核验未通过", "verification rejected"),
        _ => Ui.Name("未核验", "not verified"),
    };

    public static string VerificationBadge(Verification verification) => verification switch
    {
        Verification.Verified => "text-bg-success",
        Verification.Requested => "text-bg-warning",
        Verification.Rejected => "text-bg-danger",
        _ => "text-bg-secondary",
    };
}
