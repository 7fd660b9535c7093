namespace ClusterScope.Domain.Programmes;

/// <summary>The outcome of sharing one budget by one rule.</summary>
/// <param name="Rule">The rule applied.</param>
/// <param name="Budget">The budget shared, in yuan.</param>
/// <param name="Awards">One award per candidate with a base (zero for those cut off): input order, or rank order for a ranked rule.</param>
/// <param name="CutOff">Enterprises that would have had money but for the budget, in the order they were cut.</param>
/// <param name="LackingBase">Enterprises that got nothing because their base figure is missing.</param>
public sealed record AllocationResult(AllocationRule Rule, decimal Budget, IReadOnlyList<Award> Awards, IReadOnlyList<string> CutOff,
    IReadOnlyList<string> LackingBase)
{
    /// <summary>The money awarded.</summary>
    public decimal Allocated => Awards.Sum(a => a.Amount);

    /// <summary>The budget not awarded.</summary>
    public decimal Leftover => Budget - Allocated;
}
