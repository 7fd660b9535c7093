using System.Diagnostics;

namespace ClusterScope.Web.Features.Evaluation;

/// <summary>Prints an HTML document to PDF with headless Chromium, run as a process on a temporary file.</summary>
/// <remarks>Printing from a file needs no sign-in cookie. The browser is <c>CHROMIUM_PATH</c>, or <c>/usr/bin/chromium</c>
/// (Debian's package, installed by <c>scripts/install-deps.sh</c>).</remarks>
public static class PdfPrinter
{
    /// <summary>The browser's path.</summary>
    public static string Executable => Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>The PDF of <paramref name="html"/>.</summary>
    /// <exception cref="InvalidOperationException">Chromium is not installed, fails, or takes longer than a minute.</exception>
    public static async Task<byte[]> PrintAsync(string html, CancellationToken ct)
    {
        if (!File.Exists(Executable))
        {
            throw new InvalidOperationException($"PDF export needs Chromium, which is not installed at {Executable}: run scripts/install-deps.sh or set CHROMIUM_PATH.");
        }

        var folder = Directory.CreateTempSubdirectory("cs-report-").FullName;
        try
        {
            var input = Path.Combine(folder, "report.html");
            var output = Path.Combine(folder, "report.pdf");
            await File.WriteAllTextAsync(input, html, ct);
            var start = new ProcessStartInfo(Executable)
            {
                RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false,
            };
            foreach (var arg in new[]
                     {
                         "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--no-first-run", "--disable-background-networking",
                         "--disable-component-update", "--disable-sync", $"--user-data-dir={Path.Combine(folder, "profile")}",
                         "--virtual-time-budget=5000", $"--print-to-pdf={output}", new Uri(input).AbsoluteUri,
                     })
            {
                start.ArgumentList.Add(arg);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException("Chromium did not start.");
            var stderr = process.StandardError.ReadToEndAsync(ct);
            _ = process.StandardOutput.ReadToEndAsync(ct);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(TimeSpan.FromMinutes(1));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(true);
                throw new InvalidOperationException("Chromium took longer than a minute to print the report.");
            }

            return File.Exists(output) && new FileInfo(output).Length > 0
                ? await File.ReadAllBytesAsync(output, ct)
                : throw new InvalidOperationException($"Chromium did not write the PDF (exit code {process.ExitCode}): {(await stderr).Trim()}");
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }
}
