using ClusterScope.Data.Policy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClusterScope.Data.Tests.Policy;

public abstract class PolicyLibraryTests(LoadedDatabase database)
{
    [Fact]
    public async Task The_data_set_loads_the_documents_and_a_chinese_search_finds_the_cluster_project()
    {
        Assert.Equal(7, database.FirstLoad["policy documents"]);
        await using var scope = database.Scope();
        var library = scope.ServiceProvider.GetRequiredService<PolicyLibrary>();
        var hits = await library.SearchAsync(new PolicyQuery("产业集群", Chinese: true), default);
        Assert.Contains(hits, h => h.Code == "jl-2013-clusters");
        Assert.Contains(hits[0].Code, new[] { "jl-2013-clusters", "drc-jl-manufacturing" });
        var english = await library.SearchAsync(new PolicyQuery("\"old industrial bases\""), default);
        Assert.Equal("sc-2009-33", Assert.Single(english).Code);
    }

    [Fact]
    public async Task An_import_adds_and_updates_and_the_index_follows_while_a_bad_file_writes_nothing()
    {
        var folder = Directory.CreateTempSubdirectory("cs-policy-import-").FullName;
        try
        {
            const string Header = "id,title_en,title_zh,issuer_en,issuer_zh,level,type,date_issued,topics,summary_en,summary_zh\n";
            var bad = Path.Combine(folder, "bad.csv");
            File.WriteAllText(bad, Header + "imp-1,New measures,新措施,Bureau,局,provincial,measure,2025-01-02,tests,Measures for hydrogen vehicles.,氢能汽车措施。\n"
                + "imp-2,X,十,B,局,galactic,measure,,,S,摘要\n");
            await using (var scope = database.Scope())
            {
                var library = scope.ServiceProvider.GetRequiredService<PolicyLibrary>();
                var error = await Assert.ThrowsAsync<InvalidDataException>(() => library.ImportAsync(bad, default));
                Assert.Contains("bad.csv, row 3, column 'level'", error.Message, StringComparison.Ordinal);
            }

            await using (var scope = database.Scope())
            {
                var db = scope.ServiceProvider.GetRequiredService<ClusterScopeDbContext>();
                Assert.False(await db.PolicyDocuments.AnyAsync(d => d.Code == "imp-1"));
            }

            File.Delete(bad);
            File.WriteAllText(Path.Combine(folder, "policy_links.csv"), "document,kind,code\nimp-1,plan,jilin-clusters-2013\n");
            var good = Path.Combine(folder, "good.csv");
            File.WriteAllText(good, Header + "imp-1,New measures,新措施,Bureau,局,provincial,measure,2025-01-02,tests,Measures for hydrogen vehicles.,氢能汽车措施。\n");
            await using (var scope = database.Scope())
            {
                var library = scope.ServiceProvider.GetRequiredService<PolicyLibrary>();
                Assert.Equal((1, 0), await library.ImportAsync(good, default));
                Assert.Equal("imp-1", Assert.Single(await library.SearchAsync(new PolicyQuery("氢能"), default)).Code);
            }

            File.Delete(Path.Combine(folder, "policy_links.csv"));
            File.WriteAllText(good, Header + "imp-1,New measures,新措施,Bureau,局,provincial,measure,2025-01-02,tests,Measures for fuel-cell vehicles.,燃料电池汽车措施。\n");
            await using (var scope = database.Scope())
            {
                var library = scope.ServiceProvider.GetRequiredService<PolicyLibrary>();
                Assert.Equal((0, 1), await library.ImportAsync(good, default));
                Assert.Empty(await library.SearchAsync(new PolicyQuery("氢能"), default));
                Assert.Equal("imp-1", Assert.Single(await library.SearchAsync(new PolicyQuery("\"fuel cell\""), default)).Code);
                Assert.Equal((0, 0), await library.ImportAsync(good, default));
                var db = scope.ServiceProvider.GetRequiredService<ClusterScopeDbContext>();
                Assert.Equal("plan:jilin-clusters-2013", (await db.PolicyDocuments.AsNoTracking().SingleAsync(d => d.Code == "imp-1")).Related);
                Assert.True(await db.AuditEntries.AnyAsync(a => a.EntityCode == "imp-1"));
                db.PolicyDocuments.Remove(await db.PolicyDocuments.SingleAsync(d => d.Code == "imp-1"));
                await db.SaveChangesAsync();
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

public sealed class SqlitePolicyLibraryTests(SqliteDatabase database) : PolicyLibraryTests(database), IClassFixture<SqliteDatabase>;

public sealed class PostgresPolicyLibraryTests(PostgresDatabase database) : PolicyLibraryTests(database), IClassFixture<PostgresDatabase>;
