namespace ClusterScope.Analytics.Specialisation;

/// <summary>Which form of the Herfindahl-Hirschman index to return.</summary>
public enum HerfindahlVariant
{
    /// <summary>H = sum of squared shares, 1/n..1 (EconGeo <c>herfindahl</c> = REAT <c>herf</c>; the default).</summary>
    Raw,

    /// <summary>(H - 1/n) / (1 - 1/n), 0..1, with n counting zero cells (REAT <c>herf(coefnorm = TRUE)</c>).</summary>
    ReatNormalised,

    /// <summary>1 / H, the number of equal-sized units with the same H (REAT <c>herf(output = "eq")</c>).</summary>
    EquivalentNumber,
}
