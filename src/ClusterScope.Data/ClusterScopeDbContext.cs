using ClusterScope.Data.Access;
using ClusterScope.Data.Auditing;
using ClusterScope.Data.Submissions;
using ClusterScope.Domain.Access;
using ClusterScope.Data.Evaluation;
using ClusterScope.Domain.Evaluation;
using ClusterScope.Domain.Audit;
using ClusterScope.Data.Targets;
using ClusterScope.Domain.Registry;
using ClusterScope.Domain.Submissions;
using ClusterScope.Domain.Targets;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace ClusterScope.Data;

/// <summary>The one EF Core model of ClusterScope, shared by the SQLite and PostgreSQL providers.</summary>
/// <remarks>Every save records its changes in <see cref="AuditEntries"/> (see <see cref="AuditRecorder"/>) and bumps the
/// <c>Version</c> of edited zones, clusters and plans, which is their optimistic-concurrency token.</remarks>
public abstract class ClusterScopeDbContext(DbContextOptions options) : IdentityDbContext<IdentityUser>(options)
{
    /// <summary>Administrative regions.</summary>
    public DbSet<Region> Regions => Set<Region>();

    /// <summary>Development zones.</summary>
    public DbSet<DevelopmentZone> Zones => Set<DevelopmentZone>();

    /// <summary>Industry categories of the cluster programme.</summary>
    public DbSet<IndustryCategory> IndustryCategories => Set<IndustryCategory>();

    /// <summary>Industrial agglomeration belts.</summary>
    public DbSet<Belt> Belts => Set<Belt>();

    /// <summary>Clusters (zone x category).</summary>
    public DbSet<Cluster> Clusters => Set<Cluster>();

    /// <summary>Enterprises.</summary>
    public DbSet<Enterprise> Enterprises => Set<Enterprise>();

    /// <summary>Incubators and pioneer parks.</summary>
    public DbSet<Incubator> Incubators => Set<Incubator>();

    /// <summary>Indicator definitions.</summary>
    public DbSet<Indicator> Indicators => Set<Indicator>();

    /// <summary>Indicator observations.</summary>
    public DbSet<Observation> Observations => Set<Observation>();

    /// <summary>Earlier values of observations, kept when an import changed them.</summary>
    public DbSet<ObservationRevision> ObservationRevisions => Set<ObservationRevision>();

    /// <summary>Plans and programmes.</summary>
    public DbSet<Plan> Plans => Set<Plan>();

    /// <summary>The targets of the plans.</summary>
    public DbSet<Target> Targets => Set<Target>();

    /// <summary>The zones each zone manager may report for.</summary>
    public DbSet<ZoneAssignment> ZoneAssignments => Set<ZoneAssignment>();

    /// <summary>Personal API tokens (hashed; audited by <c>ApiTokens</c> in the web app, not field by field).</summary>
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    /// <summary>Stored versions of evaluation frameworks.</summary>
    public DbSet<FrameworkVersion> FrameworkVersions => Set<FrameworkVersion>();

    /// <summary>Stored evaluation runs (append-only).</summary>
    public DbSet<EvaluationRun> EvaluationRuns => Set<EvaluationRun>();

    /// <summary>Which evaluation runs are published (append-only).</summary>
    public DbSet<EvaluationPublication> EvaluationPublications => Set<EvaluationPublication>();

    /// <summary>Zone submissions awaiting review or decided.</summary>
    public DbSet<Submission> Submissions => Set<Submission>();

    /// <summary>The figures of the submissions.</summary>
    public DbSet<SubmissionFigure> SubmissionFigures => Set<SubmissionFigure>();

    /// <summary>The plausibility flags of the submissions.</summary>
    public DbSet<SubmissionFlag> SubmissionFlags => Set<SubmissionFlag>();

    /// <summary>The documents of the policy library.</summary>
    public DbSet<Domain.Policy.PolicyDocument> PolicyDocuments => Set<Domain.Policy.PolicyDocument>();

    /// <summary>Investment leads.</summary>
    public DbSet<Domain.Leads.Lead> Leads => Set<Domain.Leads.Lead>();

    /// <summary>The stage history of the leads.</summary>
    public DbSet<Domain.Leads.LeadStageChange> LeadStageChanges => Set<Domain.Leads.LeadStageChange>();

    /// <summary>Documents attached to leads.</summary>
    public DbSet<Domain.Leads.LeadDocument> LeadDocuments => Set<Domain.Leads.LeadDocument>();

    /// <summary>What happened to leads, for notifiers (append-only).</summary>
    public DbSet<Domain.Leads.LeadEvent> LeadEvents => Set<Domain.Leads.LeadEvent>();

    /// <summary>Candidate firms for investment promotion.</summary>
    public DbSet<Domain.Chains.Candidate> Candidates => Set<Domain.Chains.Candidate>();

    /// <summary>Enterprises placed on chain segments by hand.</summary>
    public DbSet<Domain.Chains.SegmentPlacement> SegmentPlacements => Set<Domain.Chains.SegmentPlacement>();

    /// <summary>Chain templates saved by admins (append-only).</summary>
    public DbSet<Domain.Chains.ChainTemplateVersion> ChainTemplateVersions => Set<Domain.Chains.ChainTemplateVersion>();

    /// <summary>The append-only audit log.</summary>
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    /// <summary>The imports that were run, newest last.</summary>
    public DbSet<Domain.Intake.ImportRecord> ImportRecords => Set<Domain.Intake.ImportRecord>();

    /// <summary>Who is changing data and from where; set by the web app per request and by the CLI per command.</summary>
    public AuditScope Audit { get; set; } = AuditScope.System;

    /// <inheritdoc />
    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        throw new NotSupportedException("Use SaveChangesAsync: saves are audited asynchronously.");

    /// <inheritdoc />
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        AuditLogGuard.RefuseChanges(this);
        EvaluationModel.RefuseChanges(ChangeTracker);
        Chains.ChainModel.RefuseChanges(ChangeTracker);
        var now = DateTime.UtcNow;
        var awaitingKeys = AuditRecorder.Record(this, Audit, now);
        if (awaitingKeys.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        // New records keyed by a generated id are audited in a second save, in one transaction with the first.
        var own = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        await using (own)
        {
            var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            AuditRecorder.RecordCreated(this, Audit, now, awaitingKeys);
            saved += await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (own is not null)
            {
                await own.CommitAsync(cancellationToken);
            }

            return saved;
        }
    }

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        base.OnModelCreating(builder);
        RegistryModel.Configure(builder);
        PlanModel.Configure(builder);
        AccessModel.Configure(builder);
        EvaluationModel.Configure(builder);
        SubmissionModel.Configure(builder);
        Intake.ImportModel.Configure(builder);
        Policy.PolicyModel.Configure(builder);
        Data.Leads.LeadModel.Configure(builder);
        Chains.ChainModel.Configure(builder);
        Instances.DataProtectionKeysDb.Configure(builder);
    }

    /// <inheritdoc />
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
    }
}
