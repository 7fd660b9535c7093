namespace ClusterScope.Domain.Leads;

/// <summary>A document stored with a lead: the evidence of a win (agreement, business licence, capital receipt) or any other.</summary>
public sealed class LeadDocument
{
    /// <summary>Surrogate key.</summary>
    public long Id { get; set; }

    /// <summary>The lead.</summary>
    public long LeadId { get; set; }

    /// <summary>The file name as uploaded (path parts removed).</summary>
    public required string FileName { get; set; }

    /// <summary>The checked content type, e.g. <c>application/pdf</c>.</summary>
    public required string ContentType { get; set; }

    /// <summary>Size in bytes.</summary>
    public int Size { get; set; }

    /// <summary>Whether it is evidence of a win.</summary>
    public bool IsEvidence { get; set; }

    /// <summary>The bytes.</summary>
    public required byte[] Content { get; set; }

    /// <summary>Who attached it.</summary>
    public required string UploadedBy { get; set; }

    /// <summary>When.</summary>
    public DateTime UploadedAtUtc { get; set; }
}
