using ClusterScope.Data.Submissions;
using ClusterScope.Domain;
using ClusterScope.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace ClusterScope.Data.Leads;

/// <summary>Checks a <see cref="LeadEdit"/> against the rules and the registry: every problem named by its field, in English and Chinese.</summary>
internal static class LeadValidation
{
    public static async Task<FieldErrors> CheckAsync(ClusterScopeDbContext db, LeadEdit edit, SubmissionUser user, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(edit.CompanyName))
        {
            errors.Add("companyName", "Give the company's name.", "请填写企业名称。");
        }
        else if (edit.CompanyName.Trim().Length > LeadModel.NameLength)
        {
            errors.Add("companyName", $"At most {LeadModel.NameLength} characters.", $"最多 {LeadModel.NameLength} 个字符。");
        }

        if (!string.IsNullOrWhiteSpace(edit.CreditCode) && !UnifiedSocialCreditCode.TryValidate(edit.CreditCode.Trim().ToUpperInvariant(), out var creditError))
        {
            errors.Add("creditCode", $"Not a valid unified social credit code: {creditError}.", "不是有效的统一社会信用代码（18 位，末位为校验码）。");
        }

        await CheckPlaceAsync(db, edit, user, errors, ct);
        foreach (var (field, value) in new[] { ("expectedInvestment", edit.ExpectedInvestment), ("expectedOutput", edit.ExpectedOutput) })
        {
            if (value is { } v && (!double.IsFinite(v) || v < 0))
            {
                errors.Add(field, "A figure of zero or more, in 100 million CNY.", "须为不小于零的数（亿元）。");
            }
        }

        if (edit.ExpectedJobs is < 0)
        {
            errors.Add("expectedJobs", "A number of jobs of zero or more.", "就业岗位数不能为负。");
        }

        if (edit.NextActionDue is not null && string.IsNullOrWhiteSpace(edit.NextAction))
        {
            errors.Add("nextAction", "Say what the next action is, since it has a due date.", "已填写截止日期，请写明下一步行动。");
        }

        foreach (var (field, value, limit) in new[] { ("origin", edit.Origin, LeadModel.NameLength), ("nextAction", edit.NextAction, LeadModel.NameLength),
                     ("notes", edit.Notes, LeadModel.NoteLength), ("chainCode", edit.ChainCode, 64), ("segmentCode", edit.SegmentCode, 64) })
        {
            if (value?.Trim().Length > limit)
            {
                errors.Add(field, $"At most {limit} characters.", $"最多 {limit} 个字符。");
            }
        }

        return errors;
    }

    private static async Task CheckPlaceAsync(ClusterScopeDbContext db, LeadEdit edit, SubmissionUser user, FieldErrors errors, CancellationToken ct)
    {
        var zone = edit.ZoneCode?.Trim();
        if (string.IsNullOrEmpty(zone))
        {
            errors.Add("zoneCode", "Choose the zone the investment would land in.", "请选择项目拟落地的开发区。");
            return;
        }

        if (!user.Reports(zone) || !await db.Zones.AnyAsync(z => z.Code == zone, ct))
        {
            errors.Add("zoneCode", $"{zone} is not one of your zones.", $"{zone} 不是您负责的开发区。");
            return;
        }

        if (!string.IsNullOrWhiteSpace(edit.ClusterCode)
            && !await db.Clusters.AnyAsync(c => c.Code == edit.ClusterCode.Trim() && c.ZoneCode == zone, ct))
        {
            errors.Add("clusterCode", $"{edit.ClusterCode} is not a cluster of zone {zone}.", $"{edit.ClusterCode} 不是开发区 {zone} 的集群。");
        }

        if (!string.IsNullOrWhiteSpace(edit.EnterpriseCode) && !await db.Enterprises.AnyAsync(e => e.Code == edit.EnterpriseCode.Trim(), ct))
        {
            errors.Add("enterpriseCode", $"No enterprise {edit.EnterpriseCode} in the registry.", $"名录中没有企业 {edit.EnterpriseCode}。");
        }

        if (!string.IsNullOrWhiteSpace(edit.CandidateCode) && !await db.Candidates.AnyAsync(c => c.Code == edit.CandidateCode.Trim(), ct))
        {
            errors.Add("candidateCode", $"No candidate {edit.CandidateCode} in the candidate list.", $"候选企业名单中没有 {edit.CandidateCode}。");
        }
    }
}
