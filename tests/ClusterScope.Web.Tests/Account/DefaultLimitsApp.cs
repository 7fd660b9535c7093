namespace ClusterScope.Web.Tests.Account;

/// <summary>The app with the documented default sign-in limits, over an empty registry (sign-in needs no data).</summary>
public sealed class DefaultLimitsApp : TestApp
{
    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Data:LoadOnEmptyDatabase"] = "false",
    };
}
