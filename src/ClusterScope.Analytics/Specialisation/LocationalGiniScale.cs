namespace ClusterScope.Analytics.Specialisation;

/// <summary>Scale of the locational Gini (Krugman 1991).</summary>
public enum LocationalGiniScale
{
    /// <summary>The area between the industry's and the reference's cumulative shares, halved: 0..0.5 (EconGeo 2.1 <c>locational_gini</c>; the default).</summary>
    EconGeo,

    /// <summary>Twice the EconGeo value, 0..1, the scale of the ordinary Gini.</summary>
    FullScale,
}
