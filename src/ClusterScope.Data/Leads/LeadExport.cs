using ClusterScope.Data.Submissions;
using ClusterScope.Domain.Leads;
using MiniExcelLibs;

namespace ClusterScope.Data.Leads;

/// <summary>Writes the leads a user sees to an XLSX workbook: one sheet of leads (stage names in Chinese and English), one of
/// their stage history, one of the verified totals by zone and year.</summary>
public sealed class LeadExport(LeadQueries queries)
{
    /// <summary>Writes the workbook to <paramref name="stream"/>; returns the number of leads written.</summary>
    public async Task<int> WriteAsync(Stream stream, SubmissionUser user, string? zoneCode, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var leads = await queries.ListAsync(user, zoneCode, null, null, ct);
        var names = await queries.ZoneNamesAsync(ct);
        var rows = leads.OrderBy(l => l.Id).Select(l => new Dictionary<string, object?>
        {
            ["id"] = l.Id, ["company"] = l.CompanyName, ["credit_code"] = l.CreditCode, ["origin"] = l.Origin, ["zone_code"] = l.ZoneCode,
            ["zone_zh"] = names.TryGetValue(l.ZoneCode, out var n) ? n.Zh : null, ["zone_en"] = names.TryGetValue(l.ZoneCode, out var m) ? m.En : null,
            ["cluster"] = l.ClusterCode, ["chain"] = l.ChainCode, ["segment"] = l.SegmentCode,
            ["stage"] = LeadStages.Code(l.Stage), ["stage_zh"] = LeadStages.NameZh(l.Stage), ["stage_since"] = l.StageSince.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["signed_on"] = l.SignedOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["expected_investment_100m_cny"] = l.ExpectedInvestment, ["expected_jobs"] = l.ExpectedJobs, ["expected_output_100m_cny"] = l.ExpectedOutput,
            ["verification"] = l.Verification.ToString().ToLowerInvariant(), ["counts_as_win"] = l.CountsAsWin, ["verified_by"] = l.VerifiedBy,
            ["next_action"] = l.NextAction, ["next_action_due"] = l.NextActionDue?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["lost_reason"] = l.LostReason, ["created_by"] = l.CreatedBy,
        }).ToList();
        var history = leads.OrderBy(l => l.Id).SelectMany(l => l.History.OrderBy(h => h.Id).Select(h => new Dictionary<string, object?>
        {
            ["lead_id"] = l.Id, ["on"] = h.On.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["from"] = h.From is { } f ? LeadStages.Code(f) : null, ["to"] = LeadStages.Code(h.To), ["reason"] = h.Reason, ["by"] = h.By,
        })).ToList();
        var totals = VerifiedTotal.Of(leads).Select(t => new Dictionary<string, object?>
        {
            ["zone_code"] = t.ZoneCode, ["year"] = t.Year, ["wins"] = t.Wins, ["investment_100m_cny"] = t.Investment, ["jobs"] = t.Jobs,
        }).ToList();
        var sheets = new Dictionary<string, object> { ["leads"] = rows, ["history"] = history, ["verified"] = totals };
        await MiniExcel.SaveAsAsync(stream, sheets, excelType: ExcelType.XLSX, cancellationToken: ct);
        return rows.Count;
    }
}
