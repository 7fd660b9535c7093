namespace ClusterScope.Data.Leads;

/// <summary>What a document attached to a lead may be: its size and its type, recognised from its first bytes (the name and
/// the browser's content type are not trusted).</summary>
public static class LeadDocumentRules
{
    /// <summary>The largest document, in bytes (10 MiB).</summary>
    public const int MaxBytes = 10 * 1024 * 1024;

    /// <summary>The most documents one lead holds.</summary>
    public const int MaxPerLead = 20;

    /// <summary>The accepted kinds, as their extensions.</summary>
    public static IReadOnlyList<string> Accepted { get; } = ["pdf", "png", "jpg", "docx", "xlsx"];

    /// <summary>The content type recognised from the bytes and the extension, or why the file is refused (English, Chinese).</summary>
    public static (string? ContentType, (string En, string Zh)? Refusal) Check(string fileName, ReadOnlySpan<byte> content)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        if (content.Length == 0)
        {
            return (null, ("The file is empty.", "文件为空。"));
        }

        if (content.Length > MaxBytes)
        {
            return (null, ($"The file is larger than {MaxBytes / 1024 / 1024} MB.", $"文件超过 {MaxBytes / 1024 / 1024} MB。"));
        }

        var extension = Path.GetExtension(fileName).TrimStart('.').ToLowerInvariant();
        var type = extension switch
        {
            "pdf" when content.StartsWith("%PDF-"u8) => "application/pdf",
            "png" when content.StartsWith(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }) => "image/png",
            "jpg" or "jpeg" when content.StartsWith(new byte[] { 0xFF, 0xD8, 0xFF }) => "image/jpeg",
            "docx" when content.StartsWith("PK\u0003\u0004"u8) => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx" when content.StartsWith("PK\u0003\u0004"u8) => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            _ => null,
        };
        return type is null
            ? (null, ($"Only {string.Join(", ", Accepted)} files are accepted, and the content must be of the kind the name says.",
                $"只接受 {string.Join("、", Accepted)} 文件，且内容须与扩展名一致。"))
            : (type, null);
    }

    /// <summary>The file name without any path, so a stored name cannot point anywhere.</summary>
    public static string SafeName(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var name = Path.GetFileName(fileName.Replace('\\', '/'));
        return string.IsNullOrWhiteSpace(name) ? "document" : name.Length > 200 ? name[^200..] : name;
    }
}
