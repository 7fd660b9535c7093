using System.Diagnostics;

namespace ClusterScope.Data.Intake;

/// <summary>The wall-clock budget and the caller's cancellation, checked cheaply from the readers' inner loops.</summary>
internal sealed class ReadBudget(TimeSpan budget, CancellationToken ct)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private int _calls;

    /// <summary>Throws when the caller cancelled or the budget is spent; looks at the clock every 1,024 calls.</summary>
    /// <exception cref="OperationCanceledException">The caller cancelled.</exception>
    /// <exception cref="UnreadableFileException">The budget is spent.</exception>
    public void Check(int row)
    {
        if ((++_calls & 0x3FF) != 0)
        {
            return;
        }

        ct.ThrowIfCancellationRequested();
        if (_clock.Elapsed > budget)
        {
            throw new UnreadableFileException(row, ErrorText.OverBudget(budget)) { OverBudget = true };
        }
    }
}
