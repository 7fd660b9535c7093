using ClusterScope.Domain.Chains;

namespace ClusterScope.Data.Chains;

/// <summary>The chain templates and the industry taxonomy shipped with the default data set.</summary>
public static class ChainTemplates
{
    /// <summary>The folder <c>data/jilin/chains</c> beside the program, or in the working directory.</summary>
    /// <exception cref="DirectoryNotFoundException">Neither holds the folder.</exception>
    public static string ShippedFolder() => Locate(Path.Combine("jilin", "chains"));

    /// <summary>The shipped taxonomy, with our English names where the translation file is present.</summary>
    public static IndustryTaxonomy ShippedTaxonomy() =>
        IndustryTaxonomy.Load(Path.Combine(Locate("classification"), "gbt4754_2017.csv"));

    /// <summary>Every shipped template, validated.</summary>
    public static IReadOnlyList<ChainTemplate> Shipped() => ChainTemplateReader.ReadFolder(ShippedFolder(), ShippedTaxonomy());

    private static string Locate(string relative)
    {
        string[] candidates =
        [
            Path.Combine(AppContext.BaseDirectory, "data", relative),
            Path.Combine(Directory.GetCurrentDirectory(), "data", relative),
        ];
        return candidates.FirstOrDefault(Directory.Exists)
            ?? throw new DirectoryNotFoundException($"No folder data/{relative}: looked at {string.Join(", ", candidates.Select(Path.GetFullPath))}.");
    }
}
