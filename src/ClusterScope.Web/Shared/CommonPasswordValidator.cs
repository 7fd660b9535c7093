using System.Collections.Frozen;
using Microsoft.AspNetCore.Identity;

namespace ClusterScope.Web.Shared;

/// <summary>Refuses a password found in breach corpora, and one that contains the user name (NIST SP 800-63B, 5.1.1.2).</summary>
/// <remarks>The list is <c>data/security/common-passwords.txt</c>, the 30,000 passwords of zxcvbn 4.4.2 (MIT; see the
/// PROVENANCE.md beside it), embedded in this assembly. A password equal to an entry, ignoring case, is refused: the
/// length and character rules already require ten characters with a capital and a digit, which <c>Password12</c> has.
/// A user name of three characters or more may not appear anywhere in the password, ignoring case; shorter names
/// would refuse ordinary passwords by chance.</remarks>
public sealed class CommonPasswordValidator : IPasswordValidator<IdentityUser>
{
    /// <summary>The error code of a password on the list.</summary>
    public const string CommonCode = "PasswordCommon";

    /// <summary>The error code of a password that contains the user name.</summary>
    public const string UserNameCode = "PasswordContainsUserName";

    private const string ResourceName = "ClusterScope.Web.common-passwords.txt";

    private static readonly Lazy<FrozenSet<string>> Common = new(Load);

    /// <summary>How many passwords the list holds.</summary>
    public static int Count => Common.Value.Count;

    /// <inheritdoc />
    public async Task<IdentityResult> ValidateAsync(UserManager<IdentityUser> manager, IdentityUser user, string? password)
    {
        ArgumentNullException.ThrowIfNull(manager);
        password ??= "";
        var errors = new List<IdentityError>();
        if (Common.Value.Contains(password))
        {
            errors.Add(new IdentityError { Code = CommonCode, Description = "The password is on a list of commonly used passwords." });
        }

        var name = (await manager.GetUserNameAsync(user))?.Trim();
        if (name is { Length: >= 3 } && password.Contains(name, StringComparison.OrdinalIgnoreCase))
        {
            errors.Add(new IdentityError { Code = UserNameCode, Description = "The password contains the user name." });
        }

        return errors.Count == 0 ? IdentityResult.Success : IdentityResult.Failed([.. errors]);
    }

    private static FrozenSet<string> Load()
    {
        using var stream = typeof(CommonPasswordValidator).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded list {ResourceName} is missing from the build.");
        using var reader = new StreamReader(stream);
        var entries = new List<string>(30_000);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                entries.Add(line);
            }
        }

        return entries.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }
}
