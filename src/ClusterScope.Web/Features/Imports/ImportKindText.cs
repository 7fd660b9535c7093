using ClusterScope.Data.Intake;
using Microsoft.Extensions.Localization;

namespace ClusterScope.Web.Features.Imports;

/// <summary>The import kinds in the reader's language.</summary>
internal static class ImportKindText
{
    public static LocalizedString Name(IStringLocalizer text, string kind) => DataImporter.TryParseKind(kind, out var parsed)
        ? parsed switch
        {
            ImportKind.Observations => text["Observations"],
            ImportKind.Zones => text["Zones"],
            ImportKind.Clusters => text["Clusters"],
            _ => text["Enterprises"],
        }
        : new LocalizedString(kind, kind);
}
