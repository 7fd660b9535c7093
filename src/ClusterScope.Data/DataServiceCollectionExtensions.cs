using Microsoft.Extensions.DependencyInjection.Extensions;
using ClusterScope.Data.DefaultData;
using ClusterScope.Data.Export;
using ClusterScope.Data.Providers;
using ClusterScope.Data.Registry;
using ClusterScope.Data.Targets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ClusterScope.Data;

/// <summary>Registers the database chosen by configuration and the data services on top of it.</summary>
public static class DataServiceCollectionExtensions
{
    /// <summary>Adds <see cref="ClusterScopeDbContext"/> for the configured provider, and the registry, plan, loader and export services.</summary>
    public static IServiceCollection AddClusterScopeData(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = DatabaseSettings.From(configuration);
        services.AddSingleton(settings);
        services.AddSingleton(Intake.IntakeLimits.From(configuration));
        if (settings.Provider == "postgres")
        {
            services.AddDbContext<PostgresClusterScopeDb>(o => o.UseNpgsql(settings.ConnectionString));
            services.AddScoped<ClusterScopeDbContext>(sp => sp.GetRequiredService<PostgresClusterScopeDb>());
            services.AddDbContext<Instances.DataProtectionKeysDb>(o => o.UseNpgsql(settings.ConnectionString));
        }
        else
        {
            services.AddDbContext<SqliteClusterScopeDb>(o => o.UseSqlite(settings.ConnectionString));
            services.AddScoped<ClusterScopeDbContext>(sp => sp.GetRequiredService<SqliteClusterScopeDb>());
            services.AddDbContext<Instances.DataProtectionKeysDb>(o => o.UseSqlite(settings.ConnectionString));
        }

        services.AddSingleton(PeriodSettings.From(configuration));
        services.AddScoped<Periods>();
        services.AddSingleton<RegistryCache>();
        services.AddScoped<RegistryQueries>();
        services.AddScoped<RegistryEditor>();
        services.AddScoped<PlanService>();
        services.AddScoped<Access.ZoneOwnership>();
        services.AddScoped<PlanEditor>();
        services.AddScoped<DatasetLoader>();
        // One index per process: in memory unless Library:IndexPath names a folder; each search brings it up to date.
        services.AddSingleton(_ => Policy.PolicyTerms.Shipped());
        services.AddSingleton(_ => new Policy.PolicySearchIndex(configuration["Library:IndexPath"] is { Length: > 0 } folder ? folder : null));
        services.AddScoped<Policy.PolicyLibrary>();
        services.AddScoped<CsvExporter>();
        services.AddScoped<Intake.DataImporter>();
        services.AddScoped<Intake.ImportTemplates>();
        services.AddScoped<Intake.ImportHistory>();
        services.AddScoped<DatabaseMigrator>();
        services.AddSingleton<Instances.StartupLock>();
        services.AddScoped<Analysis.AnalysisDatasets>();
        services.AddScoped<Evaluation.ZoneIndicatorValues>();
        services.AddScoped<Evaluation.EvaluationService>();
        services.AddScoped<Submissions.SubmissionQueries>();
        services.AddScoped<Submissions.SubmissionChecks>();
        services.AddScoped<Submissions.SubmissionService>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<Leads.LeadService>();
        services.AddScoped<Leads.LeadQueries>();
        services.AddScoped<Leads.LeadExport>();
        services.AddSingleton(_ => Chains.ChainTemplateStore.Shipped());
        services.AddScoped(sp => sp.GetRequiredService<Chains.ChainTemplateStore>().Current(sp.GetRequiredService<ClusterScopeDbContext>()));
        services.AddScoped<Chains.ChainTemplateEditor>();
        services.AddSingleton(Chains.ChainSettingsReader.From(configuration));
        // Built here, not on first use, so that a bad InputOutput:Projects setting stops the start.
        var workbench = new InputOutput.IoWorkbench();
        services.AddSingleton(workbench);
        services.AddSingleton(new InputOutput.ProjectImpacts(configuration, workbench));
        services.AddScoped<Chains.ChainMapService>();
        services.AddScoped<Chains.PlacementService>();
        return services;
    }
}
