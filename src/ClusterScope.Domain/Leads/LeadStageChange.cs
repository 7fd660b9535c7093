namespace ClusterScope.Domain.Leads;

/// <summary>One move of a lead from a stage to another, dated, with the reason when it skipped or went back.</summary>
public sealed class LeadStageChange
{
    /// <summary>Surrogate key.</summary>
    public long Id { get; set; }

    /// <summary>The lead.</summary>
    public long LeadId { get; set; }

    /// <summary>The stage left; null for the lead's creation.</summary>
    public LeadStage? From { get; set; }

    /// <summary>The stage reached.</summary>
    public LeadStage To { get; set; }

    /// <summary>The date the stage was reached (as the user states it).</summary>
    public DateOnly On { get; set; }

    /// <summary>Why, when the move skipped stages, went back, lost or reopened the lead.</summary>
    public string? Reason { get; set; }

    /// <summary>Who moved it.</summary>
    public required string By { get; set; }

    /// <summary>When it was recorded.</summary>
    public DateTime AtUtc { get; set; }
}
