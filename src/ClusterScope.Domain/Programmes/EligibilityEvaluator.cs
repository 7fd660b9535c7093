namespace ClusterScope.Domain.Programmes;

/// <summary>Decides enterprises' eligibility for a programme clause by clause.</summary>
/// <remarks>Three-valued, in the manner of OpenFisca's traceable computations: every clause reports pass, fail or unknown
/// with the values it read, so each result can be explained. Evaluation is pure: the same facts, year and payments give
/// the same traces.</remarks>
public static class EligibilityEvaluator
{
    /// <summary>Evaluates one programme's rule for one enterprise in <paramref name="year"/>.</summary>
    public static EligibilityResult Evaluate(Clause rule, EnterpriseFacts facts, int year, PaymentHistory? payments = null)
    {
        var trace = rule.Evaluate(facts, new RuleContext(year, payments ?? PaymentHistory.Empty));
        return new EligibilityResult(facts.Enterprise.Code, trace.Outcome, trace);
    }

    /// <summary>Evaluates a rule for every enterprise, in the order given.</summary>
    public static IReadOnlyList<EligibilityResult> EvaluateAll(Clause rule, IEnumerable<EnterpriseFacts> enterprises, int year, PaymentHistory? payments = null)
    {
        var context = new RuleContext(year, payments ?? PaymentHistory.Empty);
        return [.. enterprises.Select(f => { var t = rule.Evaluate(f, context); return new EligibilityResult(f.Enterprise.Code, t.Outcome, t); })];
    }
}
