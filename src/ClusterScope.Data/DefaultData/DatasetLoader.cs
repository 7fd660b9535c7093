using ClusterScope.Data.Auditing;
using ClusterScope.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace ClusterScope.Data.DefaultData;

/// <summary>Loads a named data set (e.g. <c>jilin</c>) into the database: real facts plus the seeded sample.</summary>
/// <remarks>Idempotent: records already present (by code, or by entity, indicator and period for observations) are left
/// as they are, so a reload never overwrites edits made since (a plan already there keeps its targets as edited); only what is missing is added, in one transaction.</remarks>
public sealed class DatasetLoader(ClusterScopeDbContext db)
{
    /// <summary>The seed of the sample generator for the default data set.</summary>
    public const int SampleSeed = 2013;

    /// <summary>Finds a data set's folder: a path, or a name looked up under <c>data/</c> beside the program and in the working directory.</summary>
    /// <exception cref="DirectoryNotFoundException">No such data set.</exception>
    public static string Locate(string nameOrPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(nameOrPath);
        string[] candidates =
        [
            nameOrPath,
            Path.Combine(AppContext.BaseDirectory, "data", nameOrPath),
            Path.Combine(Directory.GetCurrentDirectory(), "data", nameOrPath),
        ];
        return candidates.FirstOrDefault(c => File.Exists(Path.Combine(c, "PROVENANCE.md")))
            ?? throw new DirectoryNotFoundException(
                $"No data set '{nameOrPath}': looked for a folder with PROVENANCE.md at {string.Join(", ", candidates.Select(Path.GetFullPath))}.");
    }

    /// <summary>Reads and generates the whole data set in memory; nothing is written.</summary>
    public static DatasetContents Read(string folder)
    {
        var contents = new DatasetContents();
        RealFactsReader.Read(folder, contents);
        PlanFileReader.Read(folder, contents);
        new SampleGenerator(SampleSeed).Generate(folder, contents);
        return contents;
    }

    /// <summary>Loads the data set, reporting progress (0..1 with a message) as it goes.</summary>
    /// <returns>How many records of each kind were added.</returns>
    public async Task<IReadOnlyDictionary<string, int>> LoadAsync(string nameOrPath, IProgress<(double Fraction, string Step)>? progress, CancellationToken ct)
    {
        var folder = Locate(nameOrPath);
        progress?.Report((0.05, "reading files"));
        var contents = Read(folder);
        db.Audit = db.Audit with { Origin = $"data load {Path.GetFileName(Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar))}", SummariseInserts = true };
        var added = new Dictionary<string, int>();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        added["regions"] = await AddMissingAsync(db.Regions, contents.Regions, r => r.Code, ct);
        added["categories"] = await AddMissingAsync(db.IndustryCategories, contents.Categories, c => c.Code, ct);
        added["zones"] = await AddMissingAsync(db.Zones, contents.Zones, z => z.Code, ct);
        added["belts"] = await AddMissingAsync(db.Belts, contents.Belts, b => b.Code, ct);
        added["clusters"] = await AddMissingAsync(db.Clusters, contents.Clusters, c => c.Code, ct);
        added["enterprises"] = await AddMissingAsync(db.Enterprises, contents.Enterprises, e => e.Code, ct);
        added["candidates"] = await AddMissingAsync(db.Candidates, contents.Candidates, c => c.Code, ct);
        added["incubators"] = await AddMissingAsync(db.Incubators, contents.Incubators, i => i.Code, ct);
        added["indicators"] = await AddMissingAsync(db.Indicators, contents.Indicators, i => i.Code, ct);
        added["plans"] = await AddMissingAsync(db.Plans, contents.Plans, p => p.Code, ct);
        added["policy documents"] = await AddMissingAsync(db.PolicyDocuments, Policy.PolicyFileReader.ReadDataset(folder, DateTime.UtcNow), d => d.Code, ct);
        added["frameworks"] = await AddMissingAsync(db.FrameworkVersions, FrameworkTemplates.Read(folder), f => $"{f.Code}\n{f.Version}", ct);
        progress?.Report((0.4, "registry written"));
        added["observations"] = await AddObservationsAsync(contents.Observations, progress, ct);
        await transaction.CommitAsync(ct);
        progress?.Report((1, "done"));
        return added;
    }

    private async Task<int> AddMissingAsync<T>(DbSet<T> set, List<T> items, Func<T, string> key, CancellationToken ct)
        where T : class
    {
        var existing = (await set.AsNoTracking().ToListAsync(ct)).Select(key).ToHashSet(StringComparer.Ordinal);
        var missing = items.Where(i => !existing.Contains(key(i))).ToList();
        set.AddRange(missing);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return missing.Count;
    }

    private async Task<int> AddObservationsAsync(List<Observation> observations, IProgress<(double, string)>? progress, CancellationToken ct)
    {
        var existing = (await db.Observations.AsNoTracking()
                .Select(o => new { o.EntityKind, o.EntityCode, o.IndicatorCode, o.Period })
                .ToListAsync(ct))
            .Select(o => (o.EntityKind, o.EntityCode, o.IndicatorCode, o.Period))
            .ToHashSet();
        var missing = observations.Where(o => existing.Add((o.EntityKind, o.EntityCode, o.IndicatorCode, o.Period))).ToList();
        const int batch = 5000;
        for (var start = 0; start < missing.Count; start += batch)
        {
            db.Observations.AddRange(missing.Skip(start).Take(batch));
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            progress?.Report((0.4 + (0.6 * Math.Min(missing.Count, start + batch) / missing.Count), $"observations {Math.Min(missing.Count, start + batch)}/{missing.Count}"));
        }

        return missing.Count;
    }
}
