using System.Buffers.Binary;
using System.Security.Cryptography;

namespace ClusterScope.Web.Tests.Account;

/// <summary>Time-based one-time passwords as an authenticator app computes them (RFC 6238 over RFC 4226: HMAC-SHA1,
/// 30-second steps, 6 digits), written from the RFCs so the test does not share the app's code.</summary>
public static class Totp
{
    /// <summary>The code of <paramref name="key"/> at <paramref name="time"/>.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA5350", Justification = "HMAC-SHA1 is RFC 6238's algorithm, the one authenticator apps and Identity use.")]
    public static string Code(byte[] key, DateTimeOffset time)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, time.ToUnixTimeSeconds() / 30);
        var hash = HMACSHA1.HashData(key, counter);
        var offset = hash[^1] & 0x0f;
        var binary = BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(offset)) & 0x7fffffff;
        return (binary % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The bytes of a Base32 key (RFC 4648 alphabet, no padding), as the app shows it.</summary>
    public static byte[] FromBase32(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in text.ToUpperInvariant().Where(c => c != ' ' && c != '='))
        {
            buffer = (buffer << 5) | alphabet.IndexOf(c, StringComparison.Ordinal);
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                bytes.Add((byte)(buffer >> bits));
                buffer &= (1 << bits) - 1;
            }
        }

        return [.. bytes];
    }
}
