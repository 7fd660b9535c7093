namespace ClusterScope.Domain.Programmes;

/// <summary>The ledger refused an entry; nothing was written.</summary>
public sealed class LedgerException : InvalidOperationException
{
    /// <summary>Creates the exception with its reason.</summary>
    public LedgerException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception without a reason.</summary>
    public LedgerException()
    {
    }

    /// <summary>Creates the exception with its reason and cause.</summary>
    public LedgerException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
