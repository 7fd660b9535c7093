namespace ClusterScope.Domain.Leads;

/// <summary>The stages of an investment lead, in the order a project normally passes them; <see cref="Lost"/> ends a lead
/// that will not land.</summary>
/// <remarks>Follows the prospect → active → verify win → won workflow of the UK Department for Business and Trade's
/// investment projects, with the stages Chinese investment-promotion ledgers record (线索 … 投产).</remarks>
public enum LeadStage
{
    /// <summary>线索: the company is known as a prospect.</summary>
    Identified,

    /// <summary>接洽: first contact made.</summary>
    Contacted,

    /// <summary>考察: the company visited the zone (or the zone the company).</summary>
    Visited,

    /// <summary>洽谈: terms under negotiation.</summary>
    Negotiating,

    /// <summary>签约: the investment agreement is signed; from here on the lead is a win once verified.</summary>
    AgreementSigned,

    /// <summary>开工: construction started.</summary>
    Started,

    /// <summary>到资: the capital arrived.</summary>
    CapitalArrived,

    /// <summary>投产: in production.</summary>
    InProduction,

    /// <summary>终止: the lead is lost (a reason is required).</summary>
    Lost,
}
