using ClusterScope.Domain.Chains;
using Microsoft.Extensions.Localization;

namespace ClusterScope.Web.Features.Chains;

/// <summary>Why an enterprise stands where it does, in the page's language.</summary>
internal static class PlacementText
{
    public static string Of(Placement placement, IStringLocalizer text, Func<string, string> segmentName) => placement.Basis switch
    {
        PlacementBasis.Code => text["by industry code {0}", placement.Detail ?? ""],
        PlacementBasis.Keyword => text["by the product word “{0}”", placement.Detail ?? ""],
        PlacementBasis.Manual => text["placed by hand"] + (placement.Detail is { Length: > 0 } note ? ": " + note : ""),
        PlacementBasis.Ambiguous => text["code {0} lies in {1}", placement.Detail ?? "", string.Join("、", placement.Possible.Select(segmentName))],
        _ => text["not in this chain"],
    };
}
