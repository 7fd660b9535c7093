using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace ClusterScope.Web.Tests.Api;

/// <summary>Registry listings answer 304 to a client that sends back their ETag, until a change is audited.</summary>
[Collection(WebTestGroup.Name)]
public sealed class ConditionalGetTests(TestApp app)
{
    private static Uri Url(string path) => new(path, UriKind.Relative);

    [Fact]
    public async Task A_listing_is_not_sent_again_until_the_data_change()
    {
        using var anyone = app.Client();
        var first = await anyone.GetAsync(Url("/api/v1/zones?pageSize=5"));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var tag = first.Headers.ETag!;
        Assert.True(tag.IsWeak);

        using var again = new HttpRequestMessage(HttpMethod.Get, Url("/api/v1/zones?pageSize=5"));
        again.Headers.IfNoneMatch.Add(tag);
        var unchanged = await anyone.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);
        Assert.Empty(await unchanged.Content.ReadAsByteArrayAsync());

        using var admin = await app.AdminClientAsync();
        var last = (await admin.GetFromJsonAsync<JsonElement>(Url("/api/v1/zones?sort=code&desc=true&pageSize=1"))).GetProperty("items")[0].GetProperty("code").GetString();
        var zone = (await admin.GetFromJsonAsync<JsonElement>(Url($"/api/v1/zones/{last}"))).GetProperty("zone");
        var saved = await admin.PutAsJsonAsync(Url($"/api/v1/zones/{last}"), new
        {
            nameZh = zone.GetProperty("nameZh").GetString(), nameEn = zone.GetProperty("nameEn").GetString() + " (ETag test)",
            version = zone.GetProperty("version").GetInt32(),
        });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);

        using var after = new HttpRequestMessage(HttpMethod.Get, Url("/api/v1/zones?pageSize=5"));
        after.Headers.IfNoneMatch.Add(tag);
        var changed = await anyone.SendAsync(after);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(tag, changed.Headers.ETag);

        var refused = await anyone.GetAsync(Url("/api/v1/zones?pageSize=0"));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Null(refused.Headers.ETag);
    }
}
