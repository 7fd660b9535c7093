namespace ClusterScope.Domain.Registry;

/// <summary>The 18-character unified social credit code (统一社会信用代码) of a Chinese legal entity.</summary>
/// <remarks>GB 32100-2015: 18 characters from the 31-character set 0-9 and A-Y without I, O, S, V, Z; the last is a
/// check character, 31 - (Σ c_i w_i mod 31) with weights w_i = 3^(i-1) mod 31 (1, 3, 9, 27, 19, …), 31 mapped to 0.</remarks>
public static class UnifiedSocialCreditCode
{
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>Checks length, alphabet and check character.</summary>
    /// <param name="code">The candidate code.</param>
    /// <param name="error">Why it is invalid, in plain words; null when valid.</param>
    public static bool TryValidate(string? code, out string? error)
    {
        if (string.IsNullOrEmpty(code) || code.Length != 18)
        {
            error = $"a unified social credit code has 18 characters, '{code}' has {code?.Length ?? 0}";
            return false;
        }

        for (var i = 0; i < 18; i++)
        {
            if (!Alphabet.Contains(code[i], StringComparison.Ordinal))
            {
                error = $"character {i + 1} ('{code[i]}') of '{code}' is not allowed (0-9, A-Y without I, O, S, V, Z)";
                return false;
            }
        }

        var expected = CheckCharacter(code.AsSpan(0, 17));
        if (code[17] != expected)
        {
            error = $"check character of '{code}' is '{code[17]}', expected '{expected}'";
            return false;
        }

        error = null;
        return true;
    }

    /// <summary>Whether <paramref name="code"/> is a valid unified social credit code.</summary>
    public static bool IsValid(string? code) => TryValidate(code, out _);

    /// <summary>The check character for the first 17 characters of a code.</summary>
    /// <exception cref="ArgumentException">Not 17 characters, or a character outside the alphabet.</exception>
    public static char CheckCharacter(ReadOnlySpan<char> first17)
    {
        if (first17.Length != 17)
        {
            throw new ArgumentException($"Expected the first 17 characters, got {first17.Length}.", nameof(first17));
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var value = Alphabet.IndexOf(first17[i], StringComparison.Ordinal);
            if (value < 0)
            {
                throw new ArgumentException($"Character {i + 1} ('{first17[i]}') is not allowed.", nameof(first17));
            }

            sum += value * Weights[i];
        }

        var check = 31 - (sum % 31);
        return Alphabet[check == 31 ? 0 : check];
    }
}
