namespace ClusterScope.Web.Tests.Account;

/// <summary>The app with <c>Security:RequireAdminTwoFactor</c> on, over an empty registry.</summary>
public sealed class RequiredTwoFactorApp : TestApp
{
    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Data:LoadOnEmptyDatabase"] = "false",
        ["Security:RequireAdminTwoFactor"] = "true",
    };
}
