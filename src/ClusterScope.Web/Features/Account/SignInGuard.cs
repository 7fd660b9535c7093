using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace ClusterScope.Web.Features.Account;

/// <summary>What stands between a guesser and the accounts: attempt limits per client address and per user name, a hold
/// on one client after repeated failures on one name, and a password hash check even for names that do not exist.</summary>
/// <remarks>
/// Identity's own lockout (five failures lock the account for everyone) is not used for sign-in: anyone could lock out
/// <c>admin</c> by typing wrong passwords. Failures are counted per user name and client address instead, so a guesser
/// holds off only themselves; the limit per user name across all clients is high and counts attempts, so that many
/// clients cannot guess one account at leisure. All keys are the name as typed (trimmed, case ignored), never
/// whether it exists, so a refusal tells nothing about the accounts. IPv6 clients are counted per /64 network, the
/// block one subscriber usually holds. The limiters are <see cref="System.Threading.RateLimiting"/>'s fixed windows, the
/// ones ASP.NET Core's rate-limiting middleware uses; they are called from the page rather than from the middleware,
/// since the user name is in the form body and a refused attempt should see the sign-in form with a message.
/// </remarks>
public sealed class SignInGuard : IDisposable
{
    private readonly PartitionedRateLimiter<string> _perClient;
    private readonly PartitionedRateLimiter<string> _perAccount;
    private readonly PartitionedRateLimiter<string> _failures;
    private readonly Lazy<string> _unknownUserHash;
    private readonly IPasswordHasher<IdentityUser> _hasher;

    public SignInGuard(IOptions<SignInSettings> options, IPasswordHasher<IdentityUser> hasher)
    {
        ArgumentNullException.ThrowIfNull(options);
        var s = options.Value;
        _perClient = Limiter(s.ClientPermitLimit, s.ClientWindow);
        _perAccount = Limiter(s.AccountPermitLimit, s.AccountWindow);
        _failures = Limiter(s.FailureLimit, s.FailureWindow);
        _hasher = hasher;
        // Hashed with the same hasher and iteration count as real passwords, so checking it costs the same time.
        _unknownUserHash = new(() => hasher.HashPassword(new IdentityUser(), Guid.NewGuid().ToString("N")));
    }

    /// <summary>Counts one attempt of <paramref name="client"/> on <paramref name="userName"/>; null when it may go
    /// ahead, else how long to wait.</summary>
    public TimeSpan? TryAttempt(IPAddress? client, string userName)
    {
        var clientKey = ClientKey(client);
        var accountKey = AccountKey(userName);
        // Asking for no permit checks the hold without spending anything, so a held client uses up no other budget.
        using var held = _failures.AttemptAcquire(clientKey + " " + accountKey, 0);
        if (!held.IsAcquired)
        {
            return RetryAfter(held);
        }

        using var byClient = _perClient.AttemptAcquire(clientKey);
        if (!byClient.IsAcquired)
        {
            return RetryAfter(byClient);
        }

        using var byAccount = _perAccount.AttemptAcquire(accountKey);
        return byAccount.IsAcquired ? null : RetryAfter(byAccount);
    }

    /// <summary>Counts a failed attempt of <paramref name="client"/> on <paramref name="userName"/>.</summary>
    public void RecordFailure(IPAddress? client, string userName) =>
        _failures.AttemptAcquire(ClientKey(client) + " " + AccountKey(userName)).Dispose();

    /// <summary>Checks <paramref name="password"/> against a throw-away hash, so that a name that does not exist takes as
    /// long to refuse as a wrong password does.</summary>
    public void VerifyForUnknownUser(string password) =>
        _hasher.VerifyHashedPassword(new IdentityUser(), _unknownUserHash.Value, password);

    /// <inheritdoc />
    public void Dispose()
    {
        _perClient.Dispose();
        _perAccount.Dispose();
        _failures.Dispose();
    }

    private static PartitionedRateLimiter<string> Limiter(int permits, TimeSpan window) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ =>
            new FixedWindowRateLimiterOptions { PermitLimit = Math.Max(1, permits), Window = window, QueueLimit = 0 }), StringComparer.Ordinal);

    private static TimeSpan RetryAfter(RateLimitLease lease) =>
        lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) && wait > TimeSpan.Zero ? wait : TimeSpan.FromMinutes(1);

    private static string ClientKey(IPAddress? client)
    {
        if (client is null)
        {
            return "-";
        }

        if (client.IsIPv4MappedToIPv6)
        {
            return client.MapToIPv4().ToString();
        }

        if (client.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return client.ToString();
        }

        var bytes = client.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }

    // Identity's names are at most 256 characters; a longer typed name cannot exist, and must not grow the keys.
    private static string AccountKey(string userName)
    {
        var name = userName.Trim().ToUpperInvariant();
        return name.Length > 256 ? name[..256] : name;
    }
}
