using System.Net;
using System.Text.RegularExpressions;

namespace ClusterScope.Web.Tests.Pages;

/// <summary>The edit forms' answers that need no browser: conflicts, field errors, and who may open them.</summary>
[Collection(WebTestGroup.Name)]
public sealed partial class EditFormTests(TestApp app)
{
    private static Uri Url(string path) => new(path, UriKind.Relative);

    private static async Task<(string Token, string Version)> FormAsync(HttpClient client, string path)
    {
        var html = await client.GetStringAsync(Url(path));
        return (TokenPattern().Match(html).Groups[1].Value, VersionPattern().Match(html).Groups[1].Value);
    }

    private static FormUrlEncodedContent Form(string token, string version, string nameEn, string nameZh = "名称") => new(new Dictionary<string, string>
    {
        ["__RequestVerificationToken"] = token, ["Version"] = version, ["NameZh"] = nameZh, ["NameEn"] = nameEn,
    });

    [Fact]
    public async Task Anonymous_users_are_sent_to_sign_in_from_an_edit_form()
    {
        using var client = app.Client();
        var response = await client.GetAsync(Url("/clusters/22101001-auto_parts/edit"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_save_from_a_stale_form_shows_the_conflict_and_keeps_the_first()
    {
        using var client = await app.AdminClientAsync();
        var path = "/clusters/22101002-biomedicine/edit";
        var (token, version) = await FormAsync(client, path);
        using var first = Form(token, version, "First save");
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostAsync(Url(path), first)).StatusCode);

        using var second = Form(token, version, "Second save");
        var response = await client.PostAsync(Url(path), second);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("id=\"conflict\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("First save", await client.GetStringAsync(Url("/clusters/22101002-biomedicine")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_save_leads_to_the_record_with_a_saved_message_shown_once()
    {
        using var client = await app.AdminClientAsync();
        var path = "/clusters/22101002-biomedicine/edit";
        var (token, version) = await FormAsync(client, path);
        using var form = Form(token, version, "Saved message check");
        var response = await client.PostAsync(Url(path), form);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var shown = await client.GetStringAsync(response.Headers.Location!);
        Assert.Contains("id=\"edit-saved\"", shown, StringComparison.Ordinal);
        Assert.Contains("Your changes were saved.", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"edit-saved\"", await client.GetStringAsync(response.Headers.Location!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_name_is_shown_next_to_the_form()
    {
        using var client = await app.AdminClientAsync();
        var path = "/clusters/22101002-new_energy_materials/edit";
        var (token, version) = await FormAsync(client, path);
        using var form = Form(token, version, "Name", nameZh: " ");
        var html = await (await client.PostAsync(Url(path), form)).Content.ReadAsStringAsync();
        Assert.Contains("nameZh is required.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Field_errors_are_in_Chinese_on_a_Chinese_page()
    {
        using var client = await app.AdminClientAsync();
        var path = "/clusters/22101002-new_energy_materials/edit?culture=zh-CN&ui-culture=zh-CN";
        var (token, version) = await FormAsync(client, path);
        using var form = Form(token, version, " ");
        var html = await (await client.PostAsync(Url(path), form)).Content.ReadAsStringAsync();
        Assert.Contains("英文名称为必填项。", html, StringComparison.Ordinal);
        Assert.DoesNotContain("nameEn is required.", html, StringComparison.Ordinal);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("name=\"Version\" value=\"(\\d+)\"")]
    private static partial Regex VersionPattern();
}
