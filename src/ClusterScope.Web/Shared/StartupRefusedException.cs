namespace ClusterScope.Web.Shared;

/// <summary>Start-up stopped on a setting that must be fixed first; the message says which and how, and nothing was
/// migrated or loaded.</summary>
public sealed class StartupRefusedException : InvalidOperationException
{
    public StartupRefusedException()
    {
    }

    public StartupRefusedException(string message)
        : base(message)
    {
    }

    public StartupRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
