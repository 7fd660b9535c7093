namespace ClusterScope.Domain.Registry;

/// <summary>Approval level of a development zone.</summary>
public enum ZoneLevel
{
    /// <summary>Approved by the State Council (国务院).</summary>
    National,

    /// <summary>Approved by the provincial government (省政府).</summary>
    Provincial,
}
