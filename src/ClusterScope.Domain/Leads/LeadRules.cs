using System.Globalization;
using System.Text;

namespace ClusterScope.Domain.Leads;

/// <summary>The rules of the lead pipeline: which moves need a reason, when a win may be sent for verification or verified,
/// and which leads are the same project.</summary>
public static class LeadRules
{
    /// <summary>Whether moving from <paramref name="from"/> to <paramref name="to"/> needs a reason: losing, reopening a lost
    /// lead, going back, or skipping a stage.</summary>
    public static bool NeedsReason(LeadStage from, LeadStage to) =>
        to == LeadStage.Lost || from == LeadStage.Lost || to < from || to > from + 1;

    /// <summary>Why the move may not be made, in English and Chinese; null when it may.</summary>
    public static (string En, string Zh)? RefuseMove(LeadStage from, LeadStage to, string? reason)
    {
        if (from == to)
        {
            return ($"The lead is at {LeadStages.NameEn(to)} already.", $"该线索已处于“{LeadStages.NameZh(to)}”阶段。");
        }

        if (!NeedsReason(from, to) || !string.IsNullOrWhiteSpace(reason))
        {
            return null;
        }

        var (en, zh) = (LeadStages.NameEn(from), LeadStages.NameZh(from));
        var (toEn, toZh) = (LeadStages.NameEn(to), LeadStages.NameZh(to));
        return to == LeadStage.Lost ? ("Give the reason the lead was lost.", "请填写线索终止的原因。")
            : from == LeadStage.Lost ? ("Give the reason for reopening a lost lead.", "重新启用已终止的线索须填写原因。")
            : to < from ? ($"Going back from {en} to {toEn} needs a reason.", $"从“{zh}”退回“{toZh}”须填写原因。")
            : ($"Moving from {en} to {toEn} skips {string.Join(", ", Between(from, to).Select(LeadStages.NameEn))}: give the reason.",
                $"从“{zh}”直接进入“{toZh}”跳过了{string.Join("、", Between(from, to).Select(s => $"“{LeadStages.NameZh(s)}”"))}，须填写原因。");
    }

    /// <summary>Why a win may not be sent for verification; null when it may.</summary>
    public static (string En, string Zh)? RefuseRequest(Lead lead)
    {
        ArgumentNullException.ThrowIfNull(lead);
        return !LeadStages.IsWin(lead.Stage) ? ("Only a signed lead (or later) is a win to verify.", "只有签约及以后阶段的线索才能申请核验。")
            : lead.Verification == Verification.Requested ? ("Verification has been asked for already.", "已申请核验。")
            : lead.Verification == Verification.Verified ? ("The win is verified already.", "该项目已核验。")
            : !lead.Documents.Any(d => d.IsEvidence) ? ("Attach the evidence first (the signed agreement, a licence, a capital receipt).", "请先上传证明材料（签约协议、营业执照、到资凭证等）。")
            : null;
    }

    /// <summary>Why <paramref name="reviewer"/> may not verify the win; null when they may.</summary>
    /// <param name="lead">The lead, with its documents.</param>
    /// <param name="reviewer">The reviewer's user name.</param>
    /// <param name="reviewerOwnsZone">Whether the reviewer is assigned to the lead's zone (then they are its owner).</param>
    /// <param name="verifiedDuplicates">Verified leads that look like the same project.</param>
    public static (string En, string Zh)? RefuseVerify(Lead lead, string reviewer, bool reviewerOwnsZone, IReadOnlyList<Lead> verifiedDuplicates)
    {
        ArgumentNullException.ThrowIfNull(lead);
        ArgumentNullException.ThrowIfNull(verifiedDuplicates);
        if (lead.Verification != Verification.Requested)
        {
            return ("Nobody has asked for this win to be verified.", "该项目尚未申请核验。");
        }

        if (reviewerOwnsZone || string.Equals(reviewer, lead.VerificationRequestedBy, StringComparison.Ordinal)
            || string.Equals(reviewer, lead.CreatedBy, StringComparison.Ordinal))
        {
            return ("A win is verified by a province reviewer who is not its owner: someone other than you must verify it.",
                "项目须由非线索负责方的省级审核人核验：请由他人核验。");
        }

        return verifiedDuplicates.Count > 0
            ? ($"The same project is counted already: lead {string.Join(", ", verifiedDuplicates.Select(d => d.Id))}. Reject this one.",
                $"同一项目已计入：线索 {string.Join("、", verifiedDuplicates.Select(d => d.Id))}。请退回本条。")
            : null;
    }

    /// <summary>The leads among <paramref name="others"/> that look like the same project as <paramref name="lead"/>: the same
    /// credit code (in any zone or year), or the same company name in the same zone and year.</summary>
    /// <remarks>Names are compared after dropping spaces, punctuation and letter case; the year is the signing year, or the
    /// creation year of a lead not yet signed.</remarks>
    public static IReadOnlyList<Lead> SuspectedDuplicates(Lead lead, IEnumerable<Lead> others)
    {
        ArgumentNullException.ThrowIfNull(lead);
        ArgumentNullException.ThrowIfNull(others);
        var name = NormalisedName(lead.CompanyName);
        return others.Where(o => o.Id != lead.Id && (SameCreditCode(lead, o)
                || (o.ZoneCode == lead.ZoneCode && Year(o) == Year(lead) && NormalisedName(o.CompanyName) == name)))
            .OrderBy(o => o.Id).ToList();
    }

    /// <summary>A company name reduced for comparison: no spaces or punctuation, lower case, full-width forms folded.</summary>
    public static string NormalisedName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var folded = name.Normalize(NormalizationForm.FormKC);
        var kept = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c))
            {
                kept.Append(char.ToLower(c, CultureInfo.InvariantCulture));
            }
        }

        return kept.ToString();
    }

    private static bool SameCreditCode(Lead a, Lead b) =>
        !string.IsNullOrWhiteSpace(a.CreditCode) && string.Equals(a.CreditCode.Trim(), b.CreditCode?.Trim(), StringComparison.OrdinalIgnoreCase);

    private static int Year(Lead lead) => lead.SignedOn?.Year ?? lead.CreatedAtUtc.Year;

    private static IEnumerable<LeadStage> Between(LeadStage from, LeadStage to) =>
        LeadStages.Pipeline.Where(s => s > from && s < to);
}
