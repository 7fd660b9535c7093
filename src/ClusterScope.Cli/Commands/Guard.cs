using System.Data.Common;

namespace ClusterScope.Cli.Commands;

/// <summary>Turns the expected failures of a command (bad input, missing files, an unreachable database) into one plain
/// error line and exit code <see cref="CliApp.Failed"/>, instead of a stack trace.</summary>
internal static class Guard
{
    public static async Task<int> RunAsync(TextWriter error, Func<Task<int>> action)
    {
        try
        {
            return await action();
        }
        catch (DbException e) when (IsNotSetUp(e))
        {
            await error.WriteLineAsync($"error: the database is not set up ({e.Message.Trim()}). Run 'clusterscope data load jilin' (or 'clusterscope db migrate') first.");
            return CliApp.Failed;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or ArgumentException or InvalidOperationException
                                      or DbException or UnauthorizedAccessException)
        {
            // ArgumentException appends " (Parameter 'x')", which names a C# parameter the user never saw.
            var message = e is ArgumentException { ParamName: { } name } ? e.Message.Replace($" (Parameter '{name}')", string.Empty, StringComparison.Ordinal) : e.Message;
            await error.WriteLineAsync($"error: {message}");
            return CliApp.Failed;
        }
    }

    /// <summary>Whether the error says the database has no schema yet (SQLite's "no such table", PostgreSQL's "does not exist").</summary>
    public static bool IsNotSetUp(DbException e) =>
        e.Message.Contains("no such table", StringComparison.OrdinalIgnoreCase) || e.Message.Contains("does not exist", StringComparison.OrdinalIgnoreCase);
}
