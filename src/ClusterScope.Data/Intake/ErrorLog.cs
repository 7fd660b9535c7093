namespace ClusterScope.Data.Intake;

/// <summary>Adds located errors to a report and remembers which rows were refused.</summary>
internal sealed class ErrorLog(ImportReport report)
{
    private readonly HashSet<int> _rows = [];

    /// <summary>Rows with at least one error.</summary>
    public IReadOnlySet<int> RefusedRows => _rows;

    /// <summary>An error that concerns the whole file, so no row can be imported.</summary>
    public bool FileRefused { get; private set; }

    public void Row(int row, string column, (string En, string Zh) message)
    {
        _rows.Add(row);
        report.Add(new ImportError(report.File, row, column, message.En, message.Zh));
    }

    public void File(int row, string column, (string En, string Zh) message)
    {
        FileRefused = true;
        report.Add(new ImportError(report.File, row, column, message.En, message.Zh));
    }
}
