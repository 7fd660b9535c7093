namespace ClusterScope.Domain.Programmes;

/// <summary>What a rule is evaluated against besides the enterprise: the programme year and who has been paid already.</summary>
/// <param name="Year">The year t that clauses refer to.</param>
/// <param name="Payments">Past payments, read by <see cref="NoPaymentFromClause"/>.</param>
public sealed record RuleContext(int Year, PaymentHistory Payments);
