using ClusterScope.Data.Intake;
using Microsoft.Extensions.Localization;

namespace ClusterScope.Web.Features.Imports;

/// <summary>An import kind's name in the reader's language; the code (<c>zones</c>) stays what the API and the CLI take.</summary>
public static class ImportKindText
{
    /// <summary>The kind's name, e.g. 开发区 for <see cref="ImportKind.Zones"/>.</summary>
    public static string Name(ImportKind kind, IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return kind switch
        {
            ImportKind.Observations => text["Indicator observations"],
            ImportKind.Zones => text["Development zones"],
            ImportKind.Clusters => text["Clusters"],
            ImportKind.Enterprises => text["Enterprises"],
            ImportKind.Candidates => text["Candidate firms"],
            _ => kind.ToString(),
        };
    }

    /// <summary>The kind named by its code as the API spells it (<c>zones</c>), or the code itself when it names none.</summary>
    public static string Name(string code, IStringLocalizer text) =>
        Enum.TryParse<ImportKind>(code, ignoreCase: true, out var kind) ? Name(kind, text) : code;
}
