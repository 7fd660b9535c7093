namespace ClusterScope.Domain.Leads;

/// <summary>The state of a win's verification (maker-checker).</summary>
public enum Verification
{
    /// <summary>Not asked for (or withdrawn when the lead fell back before signing).</summary>
    None,

    /// <summary>Evidence attached, awaiting a province reviewer.</summary>
    Requested,

    /// <summary>Confirmed by a reviewer who is not the lead's owner: the win counts.</summary>
    Verified,

    /// <summary>The reviewer refused it, with a reason; the owner may ask again.</summary>
    Rejected,
}
