using ClusterScope.Data.Evaluation;
using ClusterScope.Domain.Evaluation;

namespace ClusterScope.Data.DefaultData;

/// <summary>The evaluation framework templates of a data set (<c>frameworks/*.json</c>) as built-in framework versions.</summary>
internal static class FrameworkTemplates
{
    /// <exception cref="InvalidDataException">A template is not a valid framework (the message names the file and JSON path).</exception>
    public static List<FrameworkVersion> Read(string folder)
    {
        var directory = Path.Combine(folder, "frameworks");
        if (!Directory.Exists(directory))
        {
            return [];
        }

        return Directory.GetFiles(directory, "*.json").Order(StringComparer.Ordinal).Select(path =>
        {
            var json = File.ReadAllText(path);
            var framework = FrameworkReader.Parse(json, Path.GetFileName(path));
            return new FrameworkVersion
            {
                Code = framework.Code, Version = framework.Version, Name = framework.Name, NameZh = framework.NameZh, Json = json, CreatedBy = "system",
                CreatedAtUtc = DateTime.UtcNow, IsBuiltIn = true,
            };
        }).ToList();
    }
}
