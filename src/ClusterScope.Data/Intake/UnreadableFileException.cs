namespace ClusterScope.Data.Intake;

/// <summary>A CSV or XLSX file that cannot be read, or that goes beyond <see cref="IntakeLimits"/>: the one error type the
/// readers let out, besides cancellation by the caller.</summary>
/// <remarks>The message quotes at most a short prefix of any cell, so a hostile cell never travels into logs or answers.</remarks>
public sealed class UnreadableFileException : Exception
{
    /// <summary>Creates the error; <paramref name="row"/> is 0 when it concerns the whole file.</summary>
    public UnreadableFileException(int row, (string En, string Zh) message, Exception? inner = null)
        : base(message.En, inner)
    {
        Row = row;
        MessageZh = message.Zh;
    }

    /// <summary>The row the reader had reached (the header is row 1), or 0 for the whole file.</summary>
    public int Row { get; }

    /// <summary>The message in Chinese.</summary>
    public string MessageZh { get; }

    /// <summary>True when the file was refused because reading it took longer than <see cref="IntakeLimits.Budget"/>.</summary>
    public bool OverBudget { get; init; }
}
