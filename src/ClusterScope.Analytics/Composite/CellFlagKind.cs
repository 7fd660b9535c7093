namespace ClusterScope.Analytics.Composite;

/// <summary>Why a value differs from the raw data.</summary>
public enum CellFlagKind
{
    /// <summary>The value was missing and imputed.</summary>
    Imputed,

    /// <summary>Winsorised from above (COINr "winhi").</summary>
    WinsorisedHigh,

    /// <summary>Winsorised from below (COINr "winlo").</summary>
    WinsorisedLow,

    /// <summary>Log-transformed with its whole indicator (COINr "log_CT").</summary>
    Transformed,
}
