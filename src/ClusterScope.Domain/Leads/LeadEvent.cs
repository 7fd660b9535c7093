namespace ClusterScope.Domain.Leads;

/// <summary>Something that happened to a lead and that a notifier may tell people about: a stage change, an overdue next
/// action, a win asked for, verified or rejected.</summary>
/// <remarks>Append-only; <see cref="Key"/> makes a repeated record of the same fact (an overdue action found twice) a no-op.</remarks>
public sealed class LeadEvent
{
    /// <summary>Surrogate key, increasing: a reader remembers the last one it read.</summary>
    public long Id { get; set; }

    /// <summary>The lead.</summary>
    public long LeadId { get; set; }

    /// <summary>The lead's zone, so a reader can route the event.</summary>
    public required string ZoneCode { get; set; }

    /// <summary>What happened.</summary>
    public LeadEventKind Kind { get; set; }

    /// <summary>Unique per fact, e.g. <c>overdue:12:2026-12-01</c>.</summary>
    public required string Key { get; set; }

    /// <summary>A line in English.</summary>
    public required string Detail { get; set; }

    /// <summary>The same in Chinese.</summary>
    public required string DetailZh { get; set; }

    /// <summary>When it was recorded.</summary>
    public DateTime AtUtc { get; set; }
}

/// <summary>The kinds of <see cref="LeadEvent"/>.</summary>
public enum LeadEventKind
{
    /// <summary>The lead moved to another stage.</summary>
    StageChanged,

    /// <summary>The next action's due date passed.</summary>
    ActionOverdue,

    /// <summary>The owner asked for a win to be verified.</summary>
    VerificationRequested,

    /// <summary>A reviewer verified the win.</summary>
    WinVerified,

    /// <summary>A reviewer rejected the win.</summary>
    WinRejected,
}
