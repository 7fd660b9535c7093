using ClusterScope.Data.Auditing;
using ClusterScope.Data.Chains;
using ClusterScope.Domain.Chains;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClusterScope.Data.Tests.Chains;

/// <summary>Admins edit chain templates as new versions, never in place, on SQLite and PostgreSQL.</summary>
public abstract class ChainTemplateEditorTests(LoadedDatabase database)
{
    private static readonly AuditScope Admin = new("province-admin", "test");

    private static string Mini(int version, string nameEn = "Mini chain", string code = "3130") => $$"""
        {
          "code": "mini", "version": {{version}}, "nameZh": "小链", "nameEn": "{{nameEn}}", "categoryCodes": ["auto_parts"],
          "descriptionZh": "测试", "descriptionEn": "test", "sources": [],
          "segments": [
            { "code": "steel", "nameZh": "钢材", "nameEn": "Steel", "stage": "upstream", "industryCodes": ["{{code}}"],
              "keywordsZh": ["钢"], "keywordsEn": ["steel"] },
            { "code": "vehicles", "nameZh": "整车", "nameEn": "Vehicles", "stage": "downstream", "industryCodes": ["3611"],
              "keywordsZh": ["整车"], "keywordsEn": ["vehicle"] }
          ],
          "links": [ { "from": "steel", "to": "vehicles", "kind": "assembles_into" } ]
        }
        """;

    [Fact]
    public async Task A_new_chain_then_its_edit_are_stored_as_versions_and_the_catalogue_uses_the_newest()
    {
        await SaveAsync("mini", Mini(1));
        await using (var scope = database.Scope())
        {
            Assert.Equal(("Mini chain", 1), Catalogue(scope).Find("mini") is { } c ? (c.NameEn, c.Version) : default);
        }

        var (again, errors) = await SaveAsync("mini", Mini(1, "Renamed"));
        Assert.Null(again);
        Assert.Contains("version 1 is not above the version in use (1)", Assert.Single(errors["version"]), StringComparison.Ordinal);
        Assert.Contains("不高于现行版本", Assert.Single(errors.In(chinese: true)["version"]), StringComparison.Ordinal);

        var (saved, _) = await SaveAsync("mini", Mini(2, "Mini chain, second edition"));
        Assert.Equal(2, saved!.Version);
        await using (var scope = database.Scope())
        {
            Assert.Equal("Mini chain, second edition", Catalogue(scope).Find("mini")!.NameEn);
            var editor = scope.ServiceProvider.GetRequiredService<ChainTemplateEditor>();
            Assert.Equal([2, 1], (await editor.VersionsAsync("mini", default)).Select(v => v.Version));
            Assert.Contains("second edition", await editor.CurrentJsonAsync("mini", default), StringComparison.Ordinal);

            var db = scope.ServiceProvider.GetRequiredService<ClusterScopeDbContext>();
            Assert.Equal(2, await db.AuditEntries.CountAsync(a => a.EntityType == nameof(ChainTemplateVersion) && a.Actor == Admin.Actor));
            var first = await db.ChainTemplateVersions.SingleAsync(v => v.Code == "mini" && v.Version == 1);
            first.Json = "{}";
            var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
            Assert.Contains("save a new version instead", refused.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_edit_of_a_shipped_chain_must_rise_above_its_version_and_then_replaces_it_in_maps()
    {
        string json;
        ChainTemplate shipped;
        await using (var scope = database.Scope())
        {
            shipped = Catalogue(scope).Find("equipment")!;
            json = (await scope.ServiceProvider.GetRequiredService<ChainTemplateEditor>().CurrentJsonAsync("equipment", default))!;
        }

        var (same, errors) = await SaveAsync("equipment", json.Replace(shipped.NameEn, "Equipment (edited)", StringComparison.Ordinal));
        Assert.Null(same);
        Assert.Contains($"version {shipped.Version} is not above", errors["version"][0], StringComparison.Ordinal);

        var raised = json.Replace(shipped.NameEn, "Equipment (edited)", StringComparison.Ordinal)
            .Replace($"\"version\": {shipped.Version}", $"\"version\": {shipped.Version + 1}", StringComparison.Ordinal);
        var (saved, _) = await SaveAsync("equipment", raised);
        Assert.Equal(shipped.Version + 1, saved!.Version);
        await using (var scope = database.Scope())
        {
            var now = Catalogue(scope).Find("equipment")!;
            Assert.Equal(("Equipment (edited)", shipped.Version + 1), (now.NameEn, now.Version));
            Assert.Equal(Catalogue(scope).All.Select(c => c.Code).Order(), Catalogue(scope).All.Select(c => c.Code).Distinct().Order());
            var versions = await scope.ServiceProvider.GetRequiredService<ChainTemplateEditor>().VersionsAsync("equipment", default);
            Assert.Equal([(shipped.Version + 1, false), (shipped.Version, true)], versions.Select(v => (v.Version, v.Shipped)));
        }
    }

    [Fact]
    public async Task A_bad_template_is_refused_naming_the_problem_and_nothing_is_written()
    {
        var before = await CountAsync();
        var (unknown, e1) = await SaveAsync("bad", Mini(1, code: "3699").Replace("\"mini\"", "\"bad\"", StringComparison.Ordinal));
        Assert.Null(unknown);
        Assert.Contains(e1.Values.SelectMany(v => v), m => m.Contains("3699", StringComparison.Ordinal) && m.Contains("steel", StringComparison.Ordinal));

        var (renamed, e2) = await SaveAsync("other", Mini(1));
        Assert.Null(renamed);
        Assert.Contains("differs from the file name", e2["code"][0], StringComparison.Ordinal);

        var (broken, e3) = await SaveAsync("mini", "{ \"code\": \"mini\", \"version\": ");
        Assert.Null(broken);
        Assert.StartsWith("mini.json: $.version:", e3["json"][0], StringComparison.Ordinal);
        Assert.StartsWith("mini.json：$.version：JSON 无效", e3.In(chinese: true)["json"][0], StringComparison.Ordinal);

        var (colour, e4) = await SaveAsync("mini", Mini(9).Replace("\"stage\": \"upstream\"", "\"stage\": \"upstream\", \"colour\": \"red\"", StringComparison.Ordinal));
        Assert.Null(colour);
        Assert.StartsWith("mini.json: $.segments[0].colour:", e4["json"][0], StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync());
    }

    private async Task<(ChainTemplate? Saved, Domain.FieldErrors Errors)> SaveAsync(string code, string json)
    {
        await using var scope = database.Scope();
        var current = Catalogue(scope).Find(code);
        return await scope.ServiceProvider.GetRequiredService<ChainTemplateEditor>().SaveAsync(code, json, current, Admin, default);
    }

    private async Task<int> CountAsync()
    {
        await using var scope = database.Scope();
        return await scope.ServiceProvider.GetRequiredService<ClusterScopeDbContext>().ChainTemplateVersions.CountAsync();
    }

    private static ChainCatalogue Catalogue(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<ChainCatalogue>();
}

public sealed class SqliteChainTemplateEditorTests(SqliteDatabase database) : ChainTemplateEditorTests(database), IClassFixture<SqliteDatabase>;

public sealed class PostgresChainTemplateEditorTests(PostgresDatabase database) : ChainTemplateEditorTests(database), IClassFixture<PostgresDatabase>;
