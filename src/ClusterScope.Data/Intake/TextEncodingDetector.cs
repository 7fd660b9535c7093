using System.Text;

namespace ClusterScope.Data.Intake;

/// <summary>Tells UTF-8 (with or without BOM) from GB18030/GBK, the encoding Excel uses for "CSV" on a Chinese Windows.</summary>
internal static class TextEncodingDetector
{
    private const int SampleBytes = 1 << 20;

    static TextEncodingDetector() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>GB18030, a superset of GBK and GB2312, so one choice reads all three.</summary>
    public static Encoding Gb18030 => Encoding.GetEncoding("GB18030");

    public static Encoding Detect(string path)
    {
        var buffer = new byte[SampleBytes];
        int read;
        using (var stream = File.OpenRead(path))
        {
            read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        }

        if (read >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF)
        {
            return new UTF8Encoding(true);
        }

        // A strict decoder throws on the first byte sequence that is not UTF-8; GBK text almost never is valid UTF-8.
        // flush: false, so a character cut at the end of the sample is not taken for an error.
        var decoder = new UTF8Encoding(false, throwOnInvalidBytes: true).GetDecoder();
        var chars = new char[read + 1];
        try
        {
            decoder.GetChars(buffer, 0, read, chars, 0, flush: false);
            return new UTF8Encoding(false);
        }
        catch (DecoderFallbackException)
        {
            return Gb18030;
        }
    }
}
