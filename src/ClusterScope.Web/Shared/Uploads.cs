using ClusterScope.Domain;

namespace ClusterScope.Web.Shared;

/// <summary>Uploaded files: their names made safe to store and show, and their bytes saved aside for the readers.</summary>
public static class Uploads
{
    /// <summary>The file's own name without any folder a browser sent (either slash), cut to
    /// <see cref="TextRules.FileNameLength"/> characters with its extension kept; null when it holds a control character.</summary>
    public static string? SafeName(string? fileName)
    {
        var name = (fileName ?? string.Empty).Split('/', '\\')[^1].Trim();
        if (TextRules.HasForbiddenCharacter(name))
        {
            return null;
        }

        if (name.Length == 0)
        {
            return "upload";
        }

        if (name.Length <= TextRules.FileNameLength)
        {
            return name;
        }

        var extension = Path.GetExtension(name);
        extension = extension.Length <= 10 ? extension : string.Empty;
        return string.Concat(name.AsSpan(0, TextRules.FileNameLength - extension.Length - 1), "…", extension);
    }

    /// <summary>The extension the readers go by: <c>.xlsx</c> for an XLSX name, else <c>.csv</c> (XLSX is also told by content).</summary>
    public static string ReaderExtension(string name) =>
        Path.GetExtension(name).Equals(".xlsx", StringComparison.OrdinalIgnoreCase) ? ".xlsx" : ".csv";

    /// <summary>Saves <paramref name="file"/> to a new temporary file and returns its path; the caller deletes it.</summary>
    /// <remarks>Saved aside because an observation file is read twice (validate, then write) and an XLSX needs a seekable file.</remarks>
    public static async Task<string> SaveAsync(IFormFile file, string name, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(file);
        var path = Path.Combine(Path.GetTempPath(), $"cs-upload-{Guid.NewGuid():N}{ReaderExtension(name)}");
        await using var stream = File.Create(path);
        await file.CopyToAsync(stream, ct);
        return path;
    }

    /// <summary>The 400 answer of the API for a file name that cannot be stored.</summary>
    public static IResult BadName() => TypedResults.ValidationProblem(new Dictionary<string, string[]>
    {
        ["file"] = ["The file name holds a control character (such as NUL); rename the file and send it again."],
    });
}
