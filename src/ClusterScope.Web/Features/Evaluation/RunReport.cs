using System.Globalization;
using System.Net;
using System.Text;
using ClusterScope.Domain;

namespace ClusterScope.Web.Features.Evaluation;

/// <summary>A run as a self-contained, print-friendly HTML report in Chinese and English (inline SVG, no scripts), for
/// printing to PDF and handing to officials.</summary>
public static class RunReport
{
    /// <summary>The report's HTML.</summary>
    public static string Html(RunView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var run = view.Run;
        var results = view.Results;
        var ranked = view.Ranked.ToArray();
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>")
            .Append(E($"{Both(results)} {run.Period}")).Append("</title><style>")
            .Append("@page { size: A4; margin: 14mm; } body { font-family: \"Noto Sans CJK SC\", \"Noto Sans\", sans-serif; font-size: 10pt; color: #111827; }")
            .Append("h1 { font-size: 16pt; margin: 0 0 4pt; } h2 { font-size: 12pt; margin: 14pt 0 4pt; border-bottom: 1px solid #9ca3af; }")
            .Append("table { border-collapse: collapse; width: 100%; } th, td { border-bottom: 1px solid #e5e7eb; padding: 2pt 4pt; text-align: left; vertical-align: top; }")
            .Append("td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; } .muted { color: #4b5563; } tr { page-break-inside: avoid; }")
            .Append("</style></head><body>");
        html.Append("<h1>").Append(E(Both(results))).Append(" — ").Append(E(run.Period)).Append("</h1>");
        html.Append("<p class=\"muted\">评价结果报告 · Evaluation report — ")
            .Append(E(Invariant($"运行 Run #{run.Id}; 框架 Framework {run.FrameworkCode} {run.FrameworkVersion}; 蒙特卡洛 Monte Carlo {run.Replications:N0}, 种子 seed {run.Seed}; ")))
            .Append(E(Invariant($"{ranked.Length} 个单位参与排名 units ranked, {view.Excluded.Count()} 个未排名 not ranked; {run.CreatedAtUtc:yyyy-MM-dd HH:mm} UTC, {run.CreatedBy}")))
            .Append("</p>");
        if (results.Provenance is { } provenance)
        {
            var (en, zh) = Domain.Evaluation.EvaluationProvenance.Note(provenance.SampleFigures, provenance.Figures);
            html.Append("<p class=\"provenance\"><strong>数据来源 Provenance:</strong> ").Append(E($"{zh} {en}"));
            html.Append(provenance.SampleFigures > 0 ? E(" 由样本数据计算的得分、排名和奖项本身也是样本，仅供演示。 Scores, ranks and awards computed from any sample figure are themselves sample, for demonstration only.") : string.Empty)
                .Append("</p>");
        }

        html.Append("<h2>奖励 Awards</h2><table><tr><th>奖项 Award</th><th>规则 Rule</th><th>获奖单位 Units</th></tr>");
        foreach (var award in results.Awards)
        {
            html.Append("<tr><td>").Append(E(Both(award))).Append("</td><td>").Append(E(award.RuleZh is null ? award.Rule : $"{award.RuleZh} / {award.Rule}")).Append("</td><td>")
                .Append(award.Units.Count == 0 ? "— 无 none" : string.Join("<br>", award.Units.Select(u => E($"{view.Name(u, true)} {view.Name(u, false)}"))))
                .Append("</td></tr>");
        }

        html.Append("</table>");

        html.Append("<h2>排名与排名区间 Ranks and rank intervals (5–95 %)</h2><table><tr><th class=\"n\">排名 Rank</th><th>开发区 Zone</th>")
            .Append("<th>组 Group</th><th class=\"n\">得分 Score</th><th class=\"n\">区间 Interval</th><th>区间图 Interval</th><th class=\"n\">组内 In group</th><th>奖项 Awards</th></tr>");
        foreach (var u in ranked)
        {
            html.Append("<tr><td class=\"n\">").Append(F(u.Rank, 0)).Append("</td><td>").Append(E(view.Name(u.Unit, true))).Append("<br><span class=\"muted\">")
                .Append(E(view.Name(u.Unit, false))).Append("</span>").Append(u.Provenance == "sample" ? " <em>样本 sample</em>" : "").Append("</td><td>").Append(E(u.Group ?? "")).Append("</td><td class=\"n\">").Append(F(u.Score, 1))
                .Append("</td><td class=\"n\">").Append(u.RankP05 is null ? "–" : $"{F(u.RankP05, 0)}–{F(u.RankP95, 0)}").Append("</td><td>")
                .Append(RankWhisker.Svg(u.Rank, u.RankP05, u.RankP95, ranked.Length, 160, 12).Value).Append("</td><td class=\"n\">").Append(F(u.GroupRank, 0))
                .Append("</td><td>").Append(E(string.Join(", ", u.Awards))).Append("</td></tr>");
        }

        html.Append("</table>");

        html.Append("<h2>维度得分 Dimension scores</h2><table><tr><th>开发区 Zone</th>");
        foreach (var d in results.Dimensions)
        {
            html.Append("<th class=\"n\">").Append(E(Both(d))).Append("</th>");
        }

        html.Append("</tr>");
        foreach (var u in ranked)
        {
            html.Append("<tr><td>").Append(E(view.Name(u.Unit, true))).Append("</td>");
            foreach (var s in u.DimensionScores)
            {
                html.Append("<td class=\"n\">").Append(F(s, 1)).Append("</td>");
            }

            html.Append("</tr>");
        }

        html.Append("</table>");

        html.Append("<h2>未排名单位 Units not ranked</h2><table><tr><th>开发区 Zone</th><th>原因 Reason</th></tr>");
        foreach (var u in view.Excluded)
        {
            html.Append("<tr><td>").Append(E(view.Name(u.Unit, true))).Append("<br><span class=\"muted\">").Append(E(view.Name(u.Unit, false)))
                .Append("</span></td><td>").Append(E(u.ExcludedReasonZh ?? "")).Append(u.ExcludedReasonZh is null ? "" : "<br><span class=\"muted\">")
                .Append(E(u.ExcludedReason ?? "")).Append(u.ExcludedReasonZh is null ? "" : "</span>").Append("</td></tr>");
        }

        html.Append("</table>");

        html.Append("<h2>统计一致性 Statistical coherence</h2><table><tr><th>指标 Indicator</th><th>与 With</th><th class=\"n\">r</th><th>提示 Flag</th></tr>");
        foreach (var c in results.Coherence)
        {
            html.Append("<tr><td>").Append(E(c.Indicator)).Append("</td><td>").Append(E(c.Aggregate)).Append("</td><td class=\"n\">").Append(F(c.R, 2))
                .Append("</td><td>").Append(c.Negative ? "负相关 negative" : c.NearZero ? "接近零 near zero" : "").Append("</td></tr>");
        }

        html.Append("</table>");

        html.Append("<h2>说明 Notes</h2><ul>");
        foreach (var (note, i) in results.Notes.Select((n, i) => (n, i)))
        {
            html.Append("<li>").Append(results.NotesZh is { } zh && i < zh.Count ? E(zh[i]) + "<br><span class=\"muted\">" + E(note) + "</span>" : E(note)).Append("</li>");
        }

        html.Append("</ul><p class=\"muted\">").Append(E("复现 To reproduce: " + Data.Evaluation.RunExport.CommandLine(run)))
            .Append("<br>").Append(E("校验值 Content hash: " + run.ContentHash)).Append("</p></body></html>");
        return html.ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);

    // The report is bilingual: the Chinese name first where the framework gives one.
    private static string Both(IBilingualName item) => item.NameZh is { Length: > 0 } zh && zh != item.Name ? $"{zh} {item.Name}" : item.Name;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string F(double? value, int decimals) =>
        value is null ? "–" : value.Value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
