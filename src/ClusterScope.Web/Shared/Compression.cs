using Microsoft.AspNetCore.ResponseCompression;

namespace ClusterScope.Web.Shared;

/// <summary>Brotli or gzip for the API's JSON, the boundaries' GeoJSON, scripts and styles.</summary>
/// <remarks>HTML pages are left uncompressed on purpose: they carry antiforgery tokens beside text a visitor can put in the
/// address, the mix that BREACH reads through compression. The API's answers carry no secrets. The boundaries
/// (<c>/api/v1/regions/geometry</c>, about 1 MB) shrink most.</remarks>
public static class Compression
{
    /// <summary>The compressed types.</summary>
    public static readonly string[] MimeTypes =
        ["application/json", "application/problem+json", "application/geo+json", "text/css", "text/javascript", "application/javascript", "image/svg+xml", "text/csv"];

    /// <summary>Adds the response compression with the fastest Brotli and gzip levels (the app's work is per request).</summary>
    public static IServiceCollection AddClusterScopeCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = MimeTypes;
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);
        return services;
    }
}
