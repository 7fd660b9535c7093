using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClusterScope.Data;
using ClusterScope.Web.Tests.Authorisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClusterScope.Web.Tests.Users;

/// <summary>User management through the admin pages, its audit entries, and the audit search page and API.</summary>
[Collection(WebTestGroup.Name)]
public sealed class UserManagementTests(TestApp app)
{
    private const string Password = "Users-test-password-1";

    private static Uri Url(string path) => new(path, UriKind.Relative);

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string page, params (string Key, string Value)[] fields)
    {
        var token = Matrix.Token(await client.GetStringAsync(Url(page.Split('?')[0])));
        using var form = new FormUrlEncodedContent(fields.Append(("__RequestVerificationToken", token)).Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2)));
        return await client.PostAsync(Url(page), form);
    }

    private async Task<(string Id, string Stamp)> UserAsync(string name)
    {
        await using var scope = app.App.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<ClusterScopeDbContext>().Users.AsNoTracking().SingleAsync(u => u.UserName == name);
        return (user.Id, user.ConcurrencyStamp!);
    }

    private static string NewName(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 9)];

    [Fact]
    public async Task An_admin_creates_a_zone_manager_who_signs_in_and_sees_their_role_and_everything_is_audited_without_the_password()
    {
        using var admin = await app.AdminClientAsync();
        var name = NewName("mgr");
        var created = await PostFormAsync(admin, "/admin/users/new", ("UserName", name), ("Email", $"{name}@example.org"), ("Password", Password),
            ("Role", "zone-manager"), ("Zones", "22101001"), ("Zones", "22103001"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);

        var list = await admin.GetStringAsync(Url("/admin/users"));
        Assert.Contains(name, list, StringComparison.Ordinal);
        Assert.Contains("22101001, 22103001", list, StringComparison.Ordinal);

        using var manager = await app.SignedInClientAsync(name, Password);
        var home = await manager.GetStringAsync(Url("/"));
        Assert.Contains("id=\"signed-in-role\">Zone manager<", home, StringComparison.Ordinal);
        Assert.DoesNotContain("nav-users", home, StringComparison.Ordinal);

        var audit = await admin.GetFromJsonAsync<JsonElement>(Url($"/api/v1/audit?key={name}&pageSize=100"));
        var entries = audit.GetProperty("items").EnumerateArray().ToList();
        Assert.Contains(entries, e => e.GetProperty("entityType").GetString() == "User" && e.GetProperty("action").GetString() == "Created"
            && e.GetProperty("newValue").GetString()!.Contains("Role=zone-manager", StringComparison.Ordinal));
        Assert.Equal(2, entries.Count(e => e.GetProperty("entityType").GetString() == "ZoneAssignment"));
        Assert.All(entries, e => Assert.Equal("admin", e.GetProperty("actor").GetString()));
        Assert.All(entries, e => Assert.DoesNotContain(Password, e.GetRawText(), StringComparison.Ordinal));
        Assert.All(entries, e => Assert.DoesNotContain("PasswordHash", e.GetRawText(), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("zone-manager", "", Password, "A zone manager needs at least one zone.")]
    [InlineData("zone-manager", "99999999", Password, "Unknown zone code(s): 99999999.")]
    [InlineData("analyst", "", "short1A", "The password needs at least 10 characters.")]
    [InlineData("analyst", "", "alllowercase1", "The password needs a capital letter.")]
    [InlineData("analyst", "", "Password12", "The password is on a list of commonly used passwords; choose another.")]
    [InlineData("analyst", "", "QWERTYuiop1", "The password is on a list of commonly used passwords; choose another.")]
    [InlineData("ruler", "", Password, "Unknown role ruler; choose admin, zone-manager, analyst or none.")]
    public async Task Bad_input_on_the_new_user_form_is_named_and_nothing_is_created(string role, string zone, string password, string message)
    {
        using var admin = await app.AdminClientAsync();
        var name = NewName("bad");
        var response = await PostFormAsync(admin, "/admin/users/new", ("UserName", name), ("Password", password), ("Role", role), ("Zones", zone));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(WebUtility.HtmlEncode(message), await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var scope = app.App.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<ClusterScopeDbContext>().Users.AnyAsync(u => u.UserName == name));
    }

    [Fact]
    public async Task A_password_containing_the_user_name_is_refused_on_creation_and_on_reset()
    {
        using var admin = await app.AdminClientAsync();
        var name = NewName("ming");
        var created = await PostFormAsync(admin, "/admin/users/new?culture=zh-CN", ("UserName", name), ("Password", $"My-{name.ToUpperInvariant()}-9"), ("Role", ""));
        Assert.Contains("密码不得包含用户名。", WebUtility.HtmlDecode(await created.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(admin, "/admin/users/new", ("UserName", name), ("Password", Password), ("Role", ""))).StatusCode);
        var (id, stamp) = await UserAsync(name);
        var reset = await PostFormAsync(admin, $"/admin/users/{id}?handler=Password", ("NewPassword", name + "-Again-2"), ("Stamp", stamp));
        Assert.Contains("The password may not contain the user name.", await reset.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_taken_user_name_is_refused_in_Chinese_too()
    {
        using var admin = await app.AdminClientAsync();
        var response = await PostFormAsync(admin, "/admin/users/new?culture=zh-CN", ("UserName", "admin"), ("Password", Password), ("Role", ""));
        Assert.Contains("用户名 admin 已被使用。", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_role_change_from_a_stale_form_is_refused_with_the_conflict_message()
    {
        using var admin = await app.AdminClientAsync();
        var name = NewName("ana");
        Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(admin, "/admin/users/new", ("UserName", name), ("Password", Password), ("Role", "analyst"))).StatusCode);
        var (id, stamp) = await UserAsync(name);

        var first = await PostFormAsync(admin, $"/admin/users/{id}", ("Role", "zone-manager"), ("Zones", "22101001"), ("Stamp", stamp));
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var stale = await PostFormAsync(admin, $"/admin/users/{id}", ("Role", "admin"), ("Stamp", stamp));
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("id=\"conflict\"", await stale.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var list = await admin.GetStringAsync(Url("/admin/users"));
        var row = list[list.IndexOf(name, StringComparison.Ordinal)..];
        Assert.Contains("Zone manager", row[..row.IndexOf("</tr>", StringComparison.Ordinal)], StringComparison.Ordinal);
        var history = await admin.GetFromJsonAsync<JsonElement>(Url($"/api/v1/audit?type=User&key={name}&field=Role"));
        var change = Assert.Single(history.GetProperty("items").EnumerateArray());
        Assert.Equal("analyst", change.GetProperty("oldValue").GetString());
        Assert.Equal("zone-manager", change.GetProperty("newValue").GetString());
    }

    [Fact]
    public async Task A_locked_user_cannot_sign_in_until_unlocked_and_a_reset_password_replaces_the_old_one()
    {
        using var admin = await app.AdminClientAsync();
        var name = NewName("lck");
        await PostFormAsync(admin, "/admin/users/new", ("UserName", name), ("Password", Password), ("Role", ""));
        var (id, stamp) = await UserAsync(name);

        Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(admin, $"/admin/users/{id}?handler=Lock", ("Locked", "true"), ("Stamp", stamp))).StatusCode);
        await Assert.ThrowsAsync<InvalidOperationException>(() => app.SignedInClientAsync(name, Password));

        (_, stamp) = await UserAsync(name);
        await PostFormAsync(admin, $"/admin/users/{id}?handler=Lock", ("Locked", "false"), ("Stamp", stamp));
        (_, stamp) = await UserAsync(name);
        var weak = await PostFormAsync(admin, $"/admin/users/{id}?handler=Password", ("NewPassword", "weak"), ("Stamp", stamp));
        Assert.Contains("The password needs at least 10 characters.", await weak.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect,
            (await PostFormAsync(admin, $"/admin/users/{id}?handler=Password", ("NewPassword", "Another-password-2"), ("Stamp", stamp))).StatusCode);

        await Assert.ThrowsAsync<InvalidOperationException>(() => app.SignedInClientAsync(name, Password));
        using var signedIn = await app.SignedInClientAsync(name, "Another-password-2");
        Assert.Contains("Public (no role)", await signedIn.GetStringAsync(Url("/")), StringComparison.Ordinal);

        var actions = (await admin.GetFromJsonAsync<JsonElement>(Url($"/api/v1/audit?type=User&key={name}&sort=at")))
            .GetProperty("items").EnumerateArray().Select(e => e.GetProperty("action").GetString()).ToList();
        Assert.Equal(["Created", "Locked", "Unlocked", "PasswordReset"], actions);
    }

    [Fact]
    public async Task An_admin_cannot_lock_themselves_out()
    {
        using var admin = await app.AdminClientAsync();
        var (id, stamp) = await UserAsync("admin");
        var response = await PostFormAsync(admin, $"/admin/users/{id}?handler=Lock", ("Locked", "true"), ("Stamp", stamp));
        Assert.Contains("You cannot lock your own account.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
