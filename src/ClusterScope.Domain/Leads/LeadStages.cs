namespace ClusterScope.Domain.Leads;

/// <summary>Names and order of the <see cref="LeadStage"/>s.</summary>
public static class LeadStages
{
    /// <summary>The stages of a live lead, first to last (without <see cref="LeadStage.Lost"/>).</summary>
    public static IReadOnlyList<LeadStage> Pipeline { get; } =
    [
        LeadStage.Identified, LeadStage.Contacted, LeadStage.Visited, LeadStage.Negotiating,
        LeadStage.AgreementSigned, LeadStage.Started, LeadStage.CapitalArrived, LeadStage.InProduction,
    ];

    /// <summary>Whether a lead at <paramref name="stage"/> is a win (signed or later), which counts once verified.</summary>
    public static bool IsWin(LeadStage stage) => stage is >= LeadStage.AgreementSigned and not LeadStage.Lost;

    /// <summary>The Chinese name, as ledgers write it.</summary>
    public static string NameZh(LeadStage stage) => stage switch
    {
        LeadStage.Identified => "线索",
        LeadStage.Contacted => "接洽",
        LeadStage.Visited => "考察",
        LeadStage.Negotiating => "洽谈",
        LeadStage.AgreementSigned => "签约",
        LeadStage.Started => "开工",
        LeadStage.CapitalArrived => "到资",
        LeadStage.InProduction => "投产",
        _ => "终止",
    };

    /// <summary>The English name.</summary>
    public static string NameEn(LeadStage stage) => stage switch
    {
        LeadStage.Identified => "identified",
        LeadStage.Contacted => "contacted",
        LeadStage.Visited => "visited",
        LeadStage.Negotiating => "negotiating",
        LeadStage.AgreementSigned => "signed",
        LeadStage.Started => "started",
        LeadStage.CapitalArrived => "capital arrived",
        LeadStage.InProduction => "in production",
        _ => "lost",
    };

    /// <summary>Reads a stage from its code (<c>capital-arrived</c>, <c>signed</c>) or its enum name, ignoring case.</summary>
    public static LeadStage? Parse(string? text) =>
        Enum.GetValues<LeadStage>().Cast<LeadStage?>().FirstOrDefault(s => string.Equals(Code(s!.Value), text?.Trim(), StringComparison.OrdinalIgnoreCase)
            || string.Equals(s.Value.ToString(), text?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The kebab-case code used in URLs, files and the API, e.g. <c>capital-arrived</c>.</summary>
    public static string Code(LeadStage stage) => NameEn(stage).Replace(' ', '-');
}
