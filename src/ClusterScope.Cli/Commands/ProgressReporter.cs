using Spectre.Console;

namespace ClusterScope.Cli.Commands;

/// <summary>Shows progress of long work: a live bar on a terminal, plain step lines when output is redirected (logs, CI).</summary>
internal static class ProgressReporter
{
    public static async Task<T> RunAsync<T>(TextWriter output, string title, Func<IProgress<(double Fraction, string Step)>, Task<T>> work)
    {
        if (ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected)
        {
            return await AnsiConsole.Progress().AutoClear(false).StartAsync(async context =>
            {
                var task = context.AddTask(title, maxValue: 1);
                var progress = new Progress<(double Fraction, string Step)>(p =>
                {
                    task.Value = p.Fraction;
                    task.Description = $"{title}: {Markup.Escape(p.Step)}";
                });
                return await work(progress);
            });
        }

        var last = string.Empty;
        var plain = new SynchronousProgress(p =>
        {
            var line = $"{title}: {p.Step} ({p.Fraction:P0})";
            if (line != last)
            {
                output.WriteLine(line);
                last = line;
            }
        });
        return await work(plain);
    }

    // Progress<T> posts to the thread pool, which would interleave lines with the summary that follows.
    private sealed class SynchronousProgress(Action<(double Fraction, string Step)> report) : IProgress<(double Fraction, string Step)>
    {
        public void Report((double Fraction, string Step) value) => report(value);
    }
}
