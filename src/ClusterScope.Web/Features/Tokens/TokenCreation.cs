namespace ClusterScope.Web.Features.Tokens;

/// <summary>A created token with its secret, which is shown this once; or why it was refused, by field.</summary>
public sealed record TokenCreation(ApiTokenSummary? Created, string? Token, IReadOnlyDictionary<string, string[]>? Errors)
{
    /// <summary>Refused: one message for one field.</summary>
    public static TokenCreation Invalid(string field, string message) => new(null, null, new Dictionary<string, string[]> { [field] = [message] });
}
