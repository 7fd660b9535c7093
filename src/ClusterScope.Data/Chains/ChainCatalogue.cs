using ClusterScope.Domain.Chains;

namespace ClusterScope.Data.Chains;

/// <summary>The chain templates in use for one request or command: each chain at its newest version
/// (<see cref="ChainTemplateStore.Current"/>).</summary>
/// <param name="templates">The validated templates.</param>
public sealed class ChainCatalogue(IReadOnlyList<ChainTemplate> templates)
{
    /// <summary>Every template, shipped chains first.</summary>
    public IReadOnlyList<ChainTemplate> All { get; } = templates;

    /// <summary>The template with this code (case-insensitive), or null.</summary>
    public ChainTemplate? Find(string? code) => All.FirstOrDefault(t => string.Equals(t.Code, code?.Trim(), StringComparison.OrdinalIgnoreCase));
}
