namespace ClusterScope.Analytics.Specialisation;

/// <summary>How the Theil indices treat zero values.</summary>
public enum TheilConvention
{
    /// <summary>By definition (Theil 1967): 0 ln 0 = 0 in T; a zero makes L infinite (the limit). The default.</summary>
    Theil1967,

    /// <summary>NaN as soon as one value is zero, as REAT 3.0.3 <c>theil</c> returns NA for any value &lt;= 0.</summary>
    Reat,
}
