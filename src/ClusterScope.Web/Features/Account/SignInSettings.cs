namespace ClusterScope.Web.Features.Account;

/// <summary>Limits on sign-in attempts, from the <c>Security:SignIn</c> settings; docs/user/users-and-roles.md lists them.</summary>
/// <remarks>Each limit counts in a fixed window that starts again when it ends. The counts live in the process's memory:
/// they start from zero when the app restarts, and each app instance counts on its own.</remarks>
public sealed class SignInSettings
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Security:SignIn";

    /// <summary>Attempts one client address may make in <see cref="ClientWindow"/>, whatever names it tries.</summary>
    public int ClientPermitLimit { get; set; } = 20;

    /// <summary>The window of <see cref="ClientPermitLimit"/>.</summary>
    public TimeSpan ClientWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Attempts on one user name in <see cref="AccountWindow"/>, from all clients together.</summary>
    public int AccountPermitLimit { get; set; } = 100;

    /// <summary>The window of <see cref="AccountPermitLimit"/>.</summary>
    public TimeSpan AccountWindow { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Failed attempts on one user name from one client address before that client is held off the name until
    /// <see cref="FailureWindow"/> ends; other clients can still sign in with it.</summary>
    public int FailureLimit { get; set; } = 5;

    /// <summary>The window of <see cref="FailureLimit"/>.</summary>
    public TimeSpan FailureWindow { get; set; } = TimeSpan.FromMinutes(15);
}
