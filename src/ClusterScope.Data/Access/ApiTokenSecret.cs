using System.Security.Cryptography;
using System.Text;
using ClusterScope.Domain.Access;

namespace ClusterScope.Data.Access;

/// <summary>Makes the secret text of a new API token and the hash under which it is stored.</summary>
/// <remarks>A token is <c>cs_</c> followed by 32 random bytes in base64url (43 characters, 256 bits). With that much entropy a
/// plain SHA-256 is the right hash: a slow password hash would only slow every API request, since nobody can guess the secret.</remarks>
public static class ApiTokenSecret
{
    /// <summary>The mark every token starts with, so that secret scanners and people recognise one.</summary>
    public const string Mark = "cs_";

    /// <summary>A new token: its text (to show once), its display prefix and its hash (to store).</summary>
    public static (string Token, string Prefix, string Hash) Create()
    {
        var token = Mark + System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        return (token, token[..ApiToken.PrefixLength], Hash(token));
    }

    /// <summary>Lower-case hex SHA-256 of the token's UTF-8 text.</summary>
    public static string Hash(string token) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
