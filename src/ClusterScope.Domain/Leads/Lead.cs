namespace ClusterScope.Domain.Leads;

/// <summary>An investment lead: a company a zone tries to bring in, with what it is expected to bring, the stage reached and
/// whether a win has been verified.</summary>
/// <remarks>The zone is both the target and the owner: its managers edit the lead; a province reviewer (an admin who is not
/// the one asking) verifies a win before it counts in any figure.</remarks>
public sealed class Lead
{
    /// <summary>Surrogate key.</summary>
    public long Id { get; set; }

    /// <summary>The company's name as the zone knows it.</summary>
    public required string CompanyName { get; set; }

    /// <summary>Unified social credit code (GB 32100-2015), when known.</summary>
    public string? CreditCode { get; set; }

    /// <summary>The registry enterprise the lead is about, when it is one.</summary>
    public string? EnterpriseCode { get; set; }

    /// <summary>The imported candidate the lead came from, when it did.</summary>
    public string? CandidateCode { get; set; }

    /// <summary>Where the company comes from (a province, a country, a city).</summary>
    public string? Origin { get; set; }

    /// <summary>The zone the investment would land in, which owns the lead.</summary>
    public required string ZoneCode { get; set; }

    /// <summary>The cluster it would join, when known.</summary>
    public string? ClusterCode { get; set; }

    /// <summary>The chain template code (e.g. <c>auto</c>), when known.</summary>
    public string? ChainCode { get; set; }

    /// <summary>The chain segment it would fill, when known.</summary>
    public string? SegmentCode { get; set; }

    /// <summary>Expected investment, in 100 million CNY (亿元).</summary>
    public double? ExpectedInvestment { get; set; }

    /// <summary>Expected jobs.</summary>
    public int? ExpectedJobs { get; set; }

    /// <summary>Expected yearly output, in 100 million CNY (亿元).</summary>
    public double? ExpectedOutput { get; set; }

    /// <summary>The current stage.</summary>
    public LeadStage Stage { get; set; }

    /// <summary>The date the current stage was reached.</summary>
    public DateOnly StageSince { get; set; }

    /// <summary>The date the lead first reached <see cref="LeadStage.AgreementSigned"/> or later; the year a verified win counts in.</summary>
    public DateOnly? SignedOn { get; set; }

    /// <summary>Why the lead was lost (required at <see cref="LeadStage.Lost"/>).</summary>
    public string? LostReason { get; set; }

    /// <summary>The next thing to do.</summary>
    public string? NextAction { get; set; }

    /// <summary>When <see cref="NextAction"/> is due.</summary>
    public DateOnly? NextActionDue { get; set; }

    /// <summary>Free notes.</summary>
    public string? Notes { get; set; }

    /// <summary>Whether the win is unverified, awaiting a reviewer, verified or was rejected.</summary>
    public Verification Verification { get; set; }

    /// <summary>Who asked for verification.</summary>
    public string? VerificationRequestedBy { get; set; }

    /// <summary>The reviewer who verified or rejected the win.</summary>
    public string? VerifiedBy { get; set; }

    /// <summary>When the reviewer decided.</summary>
    public DateTime? VerifiedAtUtc { get; set; }

    /// <summary>The reviewer's reason for a rejection.</summary>
    public string? VerificationNote { get; set; }

    /// <summary>Who created the lead.</summary>
    public required string CreatedBy { get; set; }

    /// <summary>When the lead was created.</summary>
    public DateTime CreatedAtUtc { get; set; }

    /// <summary>Optimistic-concurrency token, bumped on every save.</summary>
    public int Version { get; set; }

    /// <summary>The stage history, oldest first.</summary>
    public List<LeadStageChange> History { get; set; } = [];

    /// <summary>Documents attached (evidence and others).</summary>
    public List<LeadDocument> Documents { get; set; } = [];

    /// <summary>Whether the lead counts in any figure: a win, verified.</summary>
    public bool CountsAsWin => LeadStages.IsWin(Stage) && Verification == Verification.Verified;

    /// <summary>The year a win counts in: the year it was signed.</summary>
    public int? WinYear => SignedOn?.Year;
}
