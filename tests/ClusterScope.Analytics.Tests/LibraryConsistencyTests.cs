using System.Reflection;
using System.Xml.Linq;

namespace ClusterScope.Analytics.Tests;

/// <summary>Keeps the library usable on its own and every method traceable to its definition.</summary>
public class LibraryConsistencyTests
{
    private static readonly Assembly Library = typeof(Matrix).Assembly;

    [Fact]
    public void Analytics_references_no_database_web_or_other_ClusterScope_assembly()
    {
        var forbidden = Library.GetReferencedAssemblies()
            .Where(a => a.Name!.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal)
                        || a.Name.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal)
                        || (a.Name.StartsWith("ClusterScope.", StringComparison.Ordinal) && a.Name != "ClusterScope.Analytics"))
            .Select(a => a.Name).ToList();
        Assert.Empty(forbidden);
    }

    [Fact]
    public void Every_public_method_documents_its_definition_in_remarks()
    {
        var docs = XDocument.Load(Path.ChangeExtension(Library.Location, ".xml"));
        var members = docs.Descendants("member").ToDictionary(m => (string)m.Attribute("name")!, m => m);
        var missing = new List<string>();
        foreach (var type in Library.GetExportedTypes().Where(t => t.GetCustomAttribute<System.Runtime.CompilerServices.CompilerGeneratedAttribute>() is null))
        {
            foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly).Where(m => !m.IsSpecialName))
            {
                var key = members.Keys.FirstOrDefault(k => k.StartsWith($"M:{type.FullName}.{method.Name}", StringComparison.Ordinal)
                    && (k.Length == $"M:{type.FullName}.{method.Name}".Length || k[$"M:{type.FullName}.{method.Name}".Length] is '(' or '`'));
                var hasRemarks = key is not null && (members[key].Element("remarks") is not null || members[key].Element("inheritdoc") is not null);
                if (!hasRemarks)
                {
                    missing.Add($"{type.FullName}.{method.Name}");
                }
            }
        }

        Assert.True(missing.Count == 0, "No <remarks> citing a definition on: " + string.Join(", ", missing.Distinct()));
    }
}
