namespace ClusterScope.Domain.Programmes;

/// <summary>The document a programme rests on.</summary>
/// <param name="Title">The document's title as issued.</param>
/// <param name="Number">Its document number (文号), where known.</param>
/// <param name="IssuedOn">Date of issue, where known.</param>
/// <param name="Link">Where the text can be read, where public.</param>
public sealed record LegalBasis(string Title, string? Number, DateOnly? IssuedOn, string? Link);
