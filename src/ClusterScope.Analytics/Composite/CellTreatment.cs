namespace ClusterScope.Analytics.Composite;

/// <summary>What treatment did to one value (COINr's <c>Treated_Points</c>: "winhi", "winlo", "log_CT").</summary>
[Flags]
public enum CellTreatment
{
    /// <summary>Unchanged.</summary>
    None = 0,

    /// <summary>Winsorised from above (COINr "winhi").</summary>
    WinsorisedHigh = 1,

    /// <summary>Winsorised from below (COINr "winlo").</summary>
    WinsorisedLow = 2,

    /// <summary>Log-transformed with the whole indicator.</summary>
    Transformed = 4,
}
