using System.CommandLine;
using System.Globalization;
using ClusterScope.Data.Targets;
using ClusterScope.Domain.Targets;
using Microsoft.Extensions.DependencyInjection;

namespace ClusterScope.Cli.Commands;

/// <summary><c>clusterscope plan list</c>, <c>plan status &lt;code&gt;</c> and <c>plan check &lt;code&gt;</c>.</summary>
internal static class PlanCommand
{
    public static Command Create(TextWriter output, TextWriter error) =>
        new("plan", "Plans and their targets: progress and consistency") { List(output, error), Status(output, error), Check(output, error) };

    private static Command List(TextWriter output, TextWriter error)
    {
        var format = Listing.FormatOption();
        var command = new Command("list", "List the plans") { format };
        command.SetAction((parse, ct) => Guard.RunAsync(error, async () =>
        {
            await using var services = CliServices.Build(parse);
            await using var scope = services.CreateAsyncScope();
            var plans = await scope.ServiceProvider.GetRequiredService<PlanService>().ListPlansAsync(ct);
            var listing = new Listing(["code", "name_en", "name_zh", "issuer", "period", "targets"]);
            foreach (var p in plans)
            {
                listing.Add(p.Code, p.NameEn, p.NameZh, p.Issuer, $"{p.PeriodStart}-{p.PeriodEnd}", p.Targets);
            }

            await listing.WriteAsync(output, parse.GetValue(format)!);
            return 0;
        }));
        return command;
    }

    private static Command Status(TextWriter output, TextWriter error)
    {
        var code = new Argument<string>("code") { Description = "The plan's code (see 'plan list')" };
        var period = new Option<string?>("--period") { Description = "The year to evaluate, e.g. 2017, or 'latest' (the latest year whose coverage reaches Periods:MinimumCoverage); default: the deadline once it has passed, else 'latest'" };
        var format = Listing.FormatOption();
        var command = new Command("status", "Progress of every target of a plan in a year: current value, gap, status and forecast") { code, period, format };
        command.SetAction((parse, ct) => Guard.RunAsync(error, async () =>
        {
            if (!TryYear(parse.GetValue(period), out var year))
            {
                await error.WriteLineAsync($"error: --period must be a year between 1949 and 2100 or 'latest'; got '{parse.GetValue(period)}'.");
                return CliApp.Failed;
            }

            await using var services = CliServices.Build(parse);
            await using var scope = services.CreateAsyncScope();
            var plans = scope.ServiceProvider.GetRequiredService<PlanService>();
            if (string.Equals(parse.GetValue(period)?.Trim(), "latest", StringComparison.OrdinalIgnoreCase))
            {
                year = (await plans.PeriodsAsync(parse.GetValue(code)!, null, ct))?.Default;
            }

            var progress = await plans.ProgressAsync(parse.GetValue(code)!, year, null, ct);
            if (progress is null)
            {
                await error.WriteLineAsync($"error: there is no plan '{parse.GetValue(code)}'; 'clusterscope plan list' shows the plans.");
                return CliApp.Failed;
            }

            var listing = new Listing(["target", "name", "kind", "comparator", "target_value", "unit", "deadline", "current", "gap", "percent",
                "status", "forecast", "forecast_interval_95", "sample", "note"]);
            foreach (var t in progress.Targets)
            {
                var forecast = t.Forecasts.FirstOrDefault(f => f.Method == progress.Rule.Method);
                listing.Add(t.Target.Code, t.Target.NameEn, t.Target.Kind.ToString(), t.Target.Comparator.ToString(), t.Target.Value, t.Target.Unit,
                    t.Target.DeadlineYear, t.Current, t.Gap, t.PercentAchieved is { } p ? Math.Round(p, 1) : null, StatusText(t.Status),
                    forecast?.Value, forecast?.Lower is { } lo ? string.Create(CultureInfo.InvariantCulture, $"{lo:0.#}..{forecast.Upper:0.#}") : null,
                    t.IsSample, t.Note);
            }

            if (parse.GetValue(format) == "table")
            {
                await output.WriteLineAsync($"{progress.Plan.Code}: {progress.Plan.NameEn}, evaluated for {progress.Period} (latest complete year: {progress.Periods.Default}; newest year with any data: {progress.LatestYear}); "
                    + $"status by {progress.Rule.Method} forecast, at risk from {progress.Rule.AtRiskFraction:P0} attainment");
            }

            await listing.WriteAsync(output, parse.GetValue(format)!);
            return 0;
        }));
        return command;
    }

    private static Command Check(TextWriter output, TextWriter error)
    {
        var code = new Argument<string>("code") { Description = "The plan's code (see 'plan list')" };
        var command = new Command("check", "The plan's consistency findings in plain words: parts versus whole, implied quantities, deadlines, duplicates") { code };
        command.SetAction((parse, ct) => Guard.RunAsync(error, async () =>
        {
            await using var services = CliServices.Build(parse);
            await using var scope = services.CreateAsyncScope();
            var findings = await scope.ServiceProvider.GetRequiredService<PlanService>().FindingsAsync(parse.GetValue(code)!, ct);
            if (findings is null)
            {
                await error.WriteLineAsync($"error: there is no plan '{parse.GetValue(code)}'; 'clusterscope plan list' shows the plans.");
                return CliApp.Failed;
            }

            if (findings.Count == 0)
            {
                await output.WriteLineAsync($"{parse.GetValue(code)}: no findings.");
                return 0;
            }

            await output.WriteLineAsync($"{parse.GetValue(code)}: {findings.Count} finding(s)");
            foreach (var f in findings.OrderByDescending(f => f.Severity))
            {
                await output.WriteLineAsync($"- {f.Severity.ToString().ToLowerInvariant()} ({f.Kind}): {f.Message}");
            }

            return 0;
        }));
        return command;
    }

    private static string StatusText(TargetStatus status) => status switch
    {
        TargetStatus.OnTrack => "on track",
        TargetStatus.AtRisk => "at risk",
        TargetStatus.OffTrack => "off track",
        TargetStatus.NotAchieved => "not achieved",
        TargetStatus.NoData => "no data",
        _ => "achieved",
    };

    private static bool TryYear(string? text, out int? year)
    {
        year = null;
        if (string.IsNullOrWhiteSpace(text) || text.Equals("latest", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value is >= 1949 and <= 2100)
        {
            year = value;
            return true;
        }

        return false;
    }
}
