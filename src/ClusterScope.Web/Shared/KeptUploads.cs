using System.Text.Json;

namespace ClusterScope.Web.Shared;

/// <summary>Uploaded files kept between a page's preview and its confirmation, in a private temporary folder.</summary>
/// <remarks>Each file is known by a random token and belongs to the user who uploaded it; files older than a day are removed
/// whenever a new one is kept. The confirmation runs the same checks again on the kept file, so it trusts nothing from the page.</remarks>
public static class KeptUploads
{
    private static readonly string Folder = Path.Combine(Path.GetTempPath(), "clusterscope-uploads");

    private sealed record Owner(string User, string Name);

    /// <summary>Keeps <paramref name="file"/>, named <paramref name="name"/> (see <see cref="Uploads.SafeName"/>), for
    /// <paramref name="user"/>; returns its token and path.</summary>
    public static async Task<(string Token, string Path)> KeepAsync(IFormFile file, string name, string user, CancellationToken ct)
    {
        Directory.CreateDirectory(Folder);
        foreach (var old in new DirectoryInfo(Folder).EnumerateFiles().Where(f => f.LastWriteTimeUtc < DateTime.UtcNow.AddDays(-1)))
        {
            old.Delete();
        }

        var token = Guid.NewGuid().ToString("N");
        var path = PathOf(token, name);
        await using (var stream = File.Create(path))
        {
            await file.CopyToAsync(stream, ct);
        }

        await File.WriteAllTextAsync(Path.Combine(Folder, token + ".owner"), JsonSerializer.Serialize(new Owner(user, name)), ct);
        return (token, path);
    }

    /// <summary>The kept file of <paramref name="token"/> and its original name, if it exists and belongs to <paramref name="user"/>.</summary>
    public static (string Path, string Name)? Find(string? token, string user)
    {
        if (token is null || !Guid.TryParseExact(token, "N", out _) || !File.Exists(Path.Combine(Folder, token + ".owner")))
        {
            return null;
        }

        var owner = JsonSerializer.Deserialize<Owner>(File.ReadAllText(Path.Combine(Folder, token + ".owner")));
        return owner is not null && owner.User == user && File.Exists(PathOf(token, owner.Name)) ? (PathOf(token, owner.Name), owner.Name) : null;
    }

    /// <summary>Removes the kept file of <paramref name="token"/>.</summary>
    public static void Forget(string? token)
    {
        if (token is null || !Guid.TryParseExact(token, "N", out _))
        {
            return;
        }

        foreach (var file in Directory.Exists(Folder) ? Directory.EnumerateFiles(Folder, token + "*") : [])
        {
            File.Delete(file);
        }
    }

    // The extension is kept because the reader tells XLSX from CSV by it (and by content).
    private static string PathOf(string token, string name) => Path.Combine(Folder, token + Uploads.ReaderExtension(name));
}
