using System.IO.Compression;
using System.Text.Json;

namespace ClusterScope.Web.Tests.Api;

/// <summary>API answers and boundaries are compressed for clients that ask; pages are not (BREACH).</summary>
[Collection(WebTestGroup.Name)]
public sealed class CompressionTests(TestApp app)
{
    private async Task<(HttpResponseMessage Response, byte[] Body)> GetAsync(string path, string encoding)
    {
        using var client = app.Client();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.TryAddWithoutValidation("Accept-Encoding", encoding);
        var response = await client.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode}");
        return (response, await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task The_boundaries_come_brotli_compressed_and_decompress_to_the_same_GeoJSON()
    {
        var (plain, raw) = await GetAsync("/api/v1/regions/geometry?level=county", "identity");
        var (packed, body) = await GetAsync("/api/v1/regions/geometry?level=county", "br");
        Assert.Empty(plain.Content.Headers.ContentEncoding);
        Assert.Equal(["br"], packed.Content.Headers.ContentEncoding);
        Assert.True(body.Length * 2 < raw.Length, $"{body.Length} bytes compressed of {raw.Length}");
        await using var brotli = new BrotliStream(new MemoryStream(body), CompressionMode.Decompress);
        using var unpacked = new MemoryStream();
        await brotli.CopyToAsync(unpacked);
        Assert.Equal(raw, unpacked.ToArray());
        Assert.Equal("FeatureCollection", JsonDocument.Parse(raw).RootElement.GetProperty("type").GetString());
    }

    [Fact]
    public async Task Api_json_is_gzipped_for_a_client_that_takes_only_gzip()
    {
        var (response, _) = await GetAsync("/api/v1/zones?pageSize=50", "gzip");
        Assert.Equal(["gzip"], response.Content.Headers.ContentEncoding);
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
    }

    [Fact]
    public async Task Pages_are_not_compressed()
    {
        var (response, _) = await GetAsync("/account/login", "br, gzip");
        Assert.Empty(response.Content.Headers.ContentEncoding);
    }
}
