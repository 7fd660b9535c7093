using System.Collections.Concurrent;
using ClusterScope.Domain.Chains;
using Microsoft.EntityFrameworkCore;

namespace ClusterScope.Data.Chains;

/// <summary>
/// The chain templates the product knows: the shipped files (the first versions) and the versions admins saved since,
/// which live in the database so that every server of a deployment shows the same ones. Saved versions are parsed once
/// and kept, since a version never changes.
/// </summary>
public sealed class ChainTemplateStore
{
    private readonly ConcurrentDictionary<int, ChainTemplate> _parsed = new();
    private readonly Lazy<IndustryTaxonomy?> _taxonomy;

    /// <summary>A store over shipped templates.</summary>
    /// <param name="shipped">Each shipped template with the text of its file.</param>
    /// <param name="taxonomy">Reads the industry taxonomy saved templates are validated against; null when none is shipped.</param>
    public ChainTemplateStore(IReadOnlyList<(ChainTemplate Template, string Json)> shipped, Func<IndustryTaxonomy?> taxonomy)
    {
        ShippedTemplates = shipped;
        _taxonomy = new Lazy<IndustryTaxonomy?>(taxonomy);
    }

    /// <summary>The templates of <c>data/jilin/chains</c>; none when the folder is not beside the program.</summary>
    public static ChainTemplateStore Shipped()
    {
        try
        {
            var taxonomy = ChainTemplates.ShippedTaxonomy();
            var files = Directory.EnumerateFiles(ChainTemplates.ShippedFolder(), "*.json").Order(StringComparer.Ordinal)
                .Select(f => (ChainTemplateReader.ReadFile(f, taxonomy), File.ReadAllText(f))).ToList();
            return new ChainTemplateStore(files, () => taxonomy);
        }
        catch (DirectoryNotFoundException)
        {
            return new ChainTemplateStore([], () => null);
        }
    }

    /// <summary>The shipped templates with their files' text, in code order.</summary>
    public IReadOnlyList<(ChainTemplate Template, string Json)> ShippedTemplates { get; }

    /// <summary>The taxonomy templates are validated against, or null when none is shipped.</summary>
    public IndustryTaxonomy? Taxonomy => _taxonomy.Value;

    /// <summary>The templates in use now: for each chain its highest version, saved or shipped; shipped chains first, in
    /// code order, then chains first saved by admins.</summary>
    public ChainCatalogue Current(ClusterScopeDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        // A scoped catalogue is built once per request from a few narrow rows; the texts are read only for versions not yet parsed.
        var heads = db.ChainTemplateVersions.AsNoTracking().Select(v => new { v.Id, v.Code, v.Version }).ToList()
            .GroupBy(v => v.Code, StringComparer.Ordinal).Select(g => g.MaxBy(v => v.Version)!).ToList();
        var missing = heads.Where(h => !_parsed.ContainsKey(h.Id)).Select(h => h.Id).ToList();
        if (missing.Count > 0)
        {
            foreach (var version in db.ChainTemplateVersions.AsNoTracking().Where(v => missing.Contains(v.Id)).ToList())
            {
                _parsed.TryAdd(version.Id, Parse(version));
            }
        }

        var saved = heads.ToDictionary(h => h.Code, h => _parsed[h.Id], StringComparer.Ordinal);
        var templates = ShippedTemplates.Select(s => saved.TryGetValue(s.Template.Code, out var newer) && newer.Version > s.Template.Version ? newer : s.Template)
            .Concat(saved.Values.Where(t => ShippedTemplates.All(s => s.Template.Code != t.Code)).OrderBy(t => t.Code, StringComparer.Ordinal))
            .ToList();
        return new ChainCatalogue(templates);
    }

    private ChainTemplate Parse(ChainTemplateVersion version)
    {
        var taxonomy = Taxonomy ?? throw new InvalidOperationException("No industry taxonomy (data/classification) is beside the program to read saved chain templates.");
        var (template, errors) = ChainTemplateReader.Parse(version.Json, $"saved template {version.Code} v{version.Version}", $"{version.Code}.json", taxonomy);
        return template ?? throw new InvalidDataException(string.Join(Environment.NewLine, errors.Values.SelectMany(v => v)));
    }
}
