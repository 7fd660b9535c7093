namespace ClusterScope.Domain.Talent;

/// <summary>A researcher who can serve enterprises, e.g. as a vice president of innovation (科技副总).</summary>
/// <param name="Code">Stable code, e.g. <c>R001</c>.</param>
/// <param name="FieldCodes">Subject codes (GB/T 13745-2009), most specific first or in any order.</param>
/// <param name="Capacity">How many enterprises' needs the researcher can serve at once.</param>
/// <param name="HomeCity">Administrative code of the home city.</param>
/// <param name="Longitude">Home city longitude, degrees.</param>
/// <param name="Latitude">Home city latitude, degrees.</param>
public sealed record Researcher(string Code, IReadOnlyList<string> FieldCodes, int Capacity, string HomeCity, double Longitude, double Latitude);
