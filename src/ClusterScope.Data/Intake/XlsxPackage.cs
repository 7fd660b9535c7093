using System.IO.Compression;
using System.Xml;

namespace ClusterScope.Data.Intake;

/// <summary>The parts of an XLSX file (a zip of XML parts), opened within <see cref="IntakeLimits"/>: each part's packed and
/// unpacked size is checked before and while it is read, and XML with a DTD or entity declarations is refused.</summary>
internal sealed class XlsxPackage : IDisposable
{
    private const int MaxParts = 10_000;

    // Below this, a part's compression ratio says nothing (a small styles part of repeated tags packs 50 times).
    private const long RatioFloorBytes = 1024 * 1024;

    private const string RelationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private readonly ZipArchive _archive;
    private readonly Dictionary<string, ZipArchiveEntry> _parts = new(StringComparer.OrdinalIgnoreCase);
    private readonly IntakeLimits _limits;

    public XlsxPackage(Stream file, IntakeLimits limits)
    {
        _limits = limits;
        try
        {
            _archive = new ZipArchive(file, ZipArchiveMode.Read, leaveOpen: false);
            if (_archive.Entries.Count > MaxParts)
            {
                throw new UnreadableFileException(0, ErrorText.TooManyParts(_archive.Entries.Count, MaxParts));
            }
        }
        catch (InvalidDataException e)
        {
            file.Dispose();
            throw new UnreadableFileException(0, ErrorText.Unreadable("it is not a valid XLSX (zip) file"), e);
        }

        long declared = 0;
        foreach (var entry in _archive.Entries)
        {
            _parts[entry.FullName.TrimStart('/')] = entry;
            declared += entry.Length;
            if (entry.Length > limits.MaxUnpackedBytes || declared > limits.MaxUnpackedBytes)
            {
                throw new UnreadableFileException(0, ErrorText.UnpacksTooBig(limits.MaxUnpackedBytes));
            }

            if (entry.Length > RatioFloorBytes && entry.Length > (long)limits.MaxCompressionRatio * Math.Max(1, entry.CompressedLength))
            {
                throw new UnreadableFileException(0, ErrorText.PacksTooTightly(entry.FullName, limits.MaxCompressionRatio));
            }
        }
    }

    /// <summary>The part names of the first worksheet, the shared strings and the styles, from the workbook's relationships.</summary>
    public (string Sheet, string? SharedStrings, string? Styles) Locate()
    {
        string? sheetId = null;
        using (var workbook = Open("xl/workbook.xml"))
        {
            while (workbook is not null && workbook.Read())
            {
                if (workbook.NodeType == XmlNodeType.Element && workbook.LocalName == "sheet")
                {
                    sheetId = workbook.GetAttribute("id", RelationshipNamespace);
                    break;
                }
            }
        }

        string? sheet = null, shared = null, styles = null;
        using (var rels = Open("xl/_rels/workbook.xml.rels"))
        {
            while (rels is not null && rels.Read())
            {
                if (rels.NodeType != XmlNodeType.Element || rels.LocalName != "Relationship")
                {
                    continue;
                }

                var target = PartName(rels.GetAttribute("Target"));
                var type = rels.GetAttribute("Type") ?? string.Empty;
                if (rels.GetAttribute("Id") == sheetId)
                {
                    sheet = target;
                }
                else if (type.EndsWith("/sharedStrings", StringComparison.Ordinal))
                {
                    shared = target;
                }
                else if (type.EndsWith("/styles", StringComparison.Ordinal))
                {
                    styles = target;
                }
            }
        }

        sheet ??= _parts.ContainsKey("xl/worksheets/sheet1.xml") ? "xl/worksheets/sheet1.xml" : null;
        shared ??= _parts.ContainsKey("xl/sharedStrings.xml") ? "xl/sharedStrings.xml" : null;
        styles ??= _parts.ContainsKey("xl/styles.xml") ? "xl/styles.xml" : null;
        return (sheet ?? throw new UnreadableFileException(0, ErrorText.Unreadable("it has no worksheet")), shared, styles);
    }

    /// <summary>An XML reader over one part, or null when the file has no such part.</summary>
    public XmlReader? Open(string? name) => OpenBytes(name) is { } stream ? XmlReader.Create(stream, Settings) : null;

    /// <summary>Whether the bytes of a part hold <paramref name="text"/> (UTF-8), found without parsing the XML: a search
    /// an order of magnitude cheaper than a pass of the XML reader. A part in UTF-16 is taken to hold it.</summary>
    public bool Mentions(string name, ReadOnlySpan<byte> text)
    {
        using var stream = OpenBytes(name);
        if (stream is null)
        {
            return false;
        }

        // The buffer keeps the last bytes of the previous read in front, so a match across two reads is found.
        var buffer = new byte[(64 * 1024) + text.Length];
        var kept = 0;
        var first = true;
        int read;
        while ((read = stream.Read(buffer, kept, buffer.Length - kept)) > 0)
        {
            var filled = kept + read;
            if (first && filled >= 2 && ((buffer[0] == 0xFF && buffer[1] == 0xFE) || (buffer[0] == 0xFE && buffer[1] == 0xFF)))
            {
                return true;
            }

            first = false;
            if (buffer.AsSpan(0, filled).IndexOf(text) >= 0)
            {
                return true;
            }

            kept = Math.Min(text.Length - 1, filled);
            buffer.AsSpan(filled - kept, kept).CopyTo(buffer);
        }

        return false;
    }

    // Each part is bounded by the size its header declares, and the constructor bounded the declared sizes together, so a
    // part read twice costs time (within the budget), never more memory.
    private BoundedStream? OpenBytes(string? name) => name is not null && _parts.TryGetValue(name, out var entry)
        ? new BoundedStream(entry.Open(), entry.Length, () => ErrorText.UnpacksTooBig(_limits.MaxUnpackedBytes))
        : null;

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    // Targets are relative to xl/ unless they start with a slash.
    private static string? PartName(string? target) => target is null ? null
        : target.StartsWith('/') ? target.TrimStart('/')
        : "xl/" + target;

    public void Dispose() => _archive.Dispose();
}
