namespace ClusterScope.Domain.Talent;

/// <summary>An enterprise's innovation need that a researcher may serve.</summary>
/// <param name="Code">Stable code, e.g. <c>N001</c>.</param>
/// <param name="Enterprise">The enterprise's code.</param>
/// <param name="FieldCodes">Subject codes (GB/T 13745-2009) of the need.</param>
/// <param name="Zone">The enterprise's zone code.</param>
/// <param name="City">Administrative code of the zone's city.</param>
/// <param name="Longitude">The city's longitude, degrees.</param>
/// <param name="Latitude">The city's latitude, degrees.</param>
/// <param name="ClusterPriority">The priority of the enterprise's cluster in [0, 1].</param>
public sealed record InnovationNeed(string Code, string Enterprise, IReadOnlyList<string> FieldCodes, string Zone, string City,
    double Longitude, double Latitude, double ClusterPriority);
