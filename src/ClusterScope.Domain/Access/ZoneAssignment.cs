namespace ClusterScope.Domain.Access;

/// <summary>A development zone whose figures a zone manager may report.</summary>
/// <remarks>A user holds one row per zone; a zone may have several managers.</remarks>
public sealed class ZoneAssignment
{
    /// <summary>Surrogate key.</summary>
    public long Id { get; set; }

    /// <summary>The Identity user's id.</summary>
    public required string UserId { get; set; }

    /// <summary>The zone's code.</summary>
    public required string ZoneCode { get; set; }
}
