using System.Text;

namespace ClusterScope.Data.Intake;

/// <summary>Tells the encodings of a CSV file that can be told with confidence: UTF-8 (with or without BOM), UTF-16 with
/// BOM, and GB18030/GBK (what Excel writes for "CSV" on a Chinese Windows) when the bytes decode as it without a fault.</summary>
/// <remarks>Every encoding returned throws on a byte sequence it cannot decode, so a fault further in the file than the
/// sample refuses the file at its row instead of storing a replacement character. Latin-1 and other single-byte files are
/// refused: their bytes cannot be told apart from one another.</remarks>
internal static class TextEncodingDetector
{
    private const int SampleBytes = 1 << 20;

    static TextEncodingDetector() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>GB18030, a superset of GBK and GB2312, so one choice reads all three; strict.</summary>
    public static Encoding Gb18030 => Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);

    /// <summary>Detects the encoding of <paramref name="stream"/> from its first megabyte and rewinds it.</summary>
    /// <exception cref="UnreadableFileException">The sample is neither UTF-8 nor GB18030.</exception>
    public static Encoding Detect(Stream stream)
    {
        var buffer = new byte[SampleBytes];
        var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        stream.Position = 0;
        var sample = buffer.AsSpan(0, read);
        if (sample.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return new UTF8Encoding(true, throwOnInvalidBytes: true);
        }

        if (sample.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || sample.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return new UnicodeEncoding(bigEndian: sample[0] == 0xFE, byteOrderMark: true, throwOnInvalidBytes: true);
        }

        var utf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);
        using var sampleStream = new MemoryStream(buffer, 0, read);
        var utf8Fault = FaultRow(sampleStream, utf8, flush: false);
        if (utf8Fault == 0)
        {
            return utf8;
        }

        sampleStream.Position = 0;
        var gb = Gb18030;
        if (FaultRow(sampleStream, gb, flush: false) == 0)
        {
            return gb;
        }

        throw new UnreadableFileException(utf8Fault, ErrorText.NotTextIn(utf8Fault, null));
    }

    /// <summary>The line (from 1) of the first bytes in <paramref name="path"/> that <paramref name="encoding"/> cannot decode,
    /// or 0 when it decodes whole.</summary>
    public static int FaultRow(string path, Encoding encoding)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        return FaultRow(stream, encoding, flush: true);
    }

    // Counting line feeds in the bytes is exact for UTF-8 and GB18030, where byte 0x0A is never part of another character.
    private static int FaultRow(Stream stream, Encoding encoding, bool flush)
    {
        var decoder = encoding.GetDecoder();
        var bytes = new byte[4096];
        var chars = new char[encoding.GetMaxCharCount(bytes.Length)];
        var lines = 1;
        int read;
        while ((read = stream.Read(bytes, 0, bytes.Length)) > 0)
        {
            try
            {
                decoder.GetChars(bytes, 0, read, chars, 0, flush: false);
            }
            catch (DecoderFallbackException e)
            {
                return lines + bytes.AsSpan(0, Math.Clamp(e.Index, 0, read)).Count((byte)'\n');
            }

            lines += bytes.AsSpan(0, read).Count((byte)'\n');
        }

        try
        {
            decoder.GetChars([], 0, 0, chars, 0, flush);
            return 0;
        }
        catch (DecoderFallbackException)
        {
            return lines;
        }
    }
}
