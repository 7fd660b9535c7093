using ClusterScope.Domain.Chains;

namespace ClusterScope.Data.Chains;

/// <summary>The chain templates in use, read once from <c>data/jilin/chains</c>.</summary>
/// <param name="templates">The validated templates.</param>
public sealed class ChainCatalogue(IReadOnlyList<ChainTemplate> templates)
{
    /// <summary>The shipped templates; an empty catalogue when the folder is not beside the program.</summary>
    public static ChainCatalogue Shipped()
    {
        try
        {
            return new ChainCatalogue(ChainTemplates.Shipped());
        }
        catch (DirectoryNotFoundException)
        {
            return new ChainCatalogue([]);
        }
    }

    /// <summary>Every template, in file order.</summary>
    public IReadOnlyList<ChainTemplate> All { get; } = templates;

    /// <summary>The template with this code (case-insensitive), or null.</summary>
    public ChainTemplate? Find(string? code) => All.FirstOrDefault(t => string.Equals(t.Code, code?.Trim(), StringComparison.OrdinalIgnoreCase));
}
