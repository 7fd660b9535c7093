using System.CommandLine;
using System.Globalization;
using ClusterScope.Data.Policy;
using ClusterScope.Domain.Policy;
using Microsoft.Extensions.DependencyInjection;

namespace ClusterScope.Cli.Commands;

/// <summary><c>clusterscope library import|reindex|search</c>: the policy library.</summary>
internal static class LibraryCommand
{
    public static Command Create(TextWriter output, TextWriter error) =>
        new("library", "The policy library: import documents, rebuild the search index, search in Chinese and English")
        {
            Import(output, error), Reindex(output, error), Search(output, error),
        };

    private static Command Import(TextWriter output, TextWriter error)
    {
        var file = new Argument<FileInfo>("file") { Description = "A CSV in the format of data/jilin/policy/policy_documents.csv (docs/user/library.md)" };
        var command = new Command("import", "Add new documents and update known ones (by id); a bad row refuses the whole file") { file };
        command.SetAction((parse, ct) => Guard.RunAsync(error, async () =>
        {
            var path = parse.GetValue(file)!.FullName;
            if (!File.Exists(path))
            {
                await error.WriteLineAsync($"error: no file {path}.");
                return CliApp.Failed;
            }

            await using var services = CliServices.Build(parse);
            await using var scope = services.CreateAsyncScope();
            var (added, updated) = await scope.ServiceProvider.GetRequiredService<PolicyLibrary>().ImportAsync(path, ct);
            await output.WriteLineAsync($"{Path.GetFileName(path)}: {added} document(s) added, {updated} updated; the search index is up to date.");
            return 0;
        }));
        return command;
    }

    private static Command Reindex(TextWriter output, TextWriter error)
    {
        var command = new Command("reindex", "Rebuild the search index from the database (into Library:IndexPath when set)");
        command.SetAction((parse, ct) => Guard.RunAsync(error, async () =>
        {
            await using var services = CliServices.Build(parse);
            await using var scope = services.CreateAsyncScope();
            var (documents, _) = await scope.ServiceProvider.GetRequiredService<PolicyLibrary>().RefreshAsync(force: true, ct);
            await output.WriteLineAsync($"search index rebuilt: {documents} document(s).");
            return 0;
        }));
        return command;
    }

    private static Command Search(TextWriter output, TextWriter error)
    {
        var text = new Argument<string>("query") { Description = "Words or Chinese runs (each must match, as a phrase); \"quoted phrases\"" };
        var level = new Option<PolicyLevel?>("--level") { Description = "national, provincial, prefecture or zone" };
        var type = new Option<string?>("--type") { Description = "Document type, e.g. opinion, plan, interpretation" };
        var issuer = new Option<string?>("--issuer") { Description = "Issuer's name in English or Chinese, exactly" };
        var topic = new Option<string?>("--topic") { Description = "A topic, e.g. \"industrial clusters\"" };
        var status = new Option<PolicyStatus?>("--status") { Description = "InForce, Amended or Repealed" };
        var from = new Option<string?>("--from") { Description = "Issued on or after (yyyy-MM-dd)" };
        var to = new Option<string?>("--to") { Description = "Issued on or before (yyyy-MM-dd)" };
        var sort = new Option<string>("--sort") { Description = "relevance or date (newest first)", DefaultValueFactory = _ => "relevance" };
        sort.AcceptOnlyFromAmong("relevance", "date");
        var limit = new Option<int>("--limit") { Description = "At most this many hits (1-1000)", DefaultValueFactory = _ => 50 };
        var format = Listing.FormatOption();
        var command = new Command("search", "Search the library: one row per hit (id, date, title_zh, title_en, issuer, score)")
        {
            text, level, type, issuer, topic, status, from, to, sort, limit, format,
        };
        command.SetAction((parse, ct) => Guard.RunAsync(error, async () =>
        {
            var query = new PolicyQuery(parse.GetValue(text), parse.GetValue(level), parse.GetValue(type), parse.GetValue(issuer), parse.GetValue(topic),
                parse.GetValue(status), Date(parse.GetValue(from), "--from"), Date(parse.GetValue(to), "--to"), parse.GetValue(sort) == "date",
                Limit: parse.GetValue(limit));
            await using var services = CliServices.Build(parse);
            await using var scope = services.CreateAsyncScope();
            var hits = await scope.ServiceProvider.GetRequiredService<PolicyLibrary>().SearchAsync(query, ct);
            var listing = new Listing(["id", "date", "title_zh", "title_en", "issuer", "score"]);
            foreach (var h in hits)
            {
                listing.Add(h.Code, h.Issued?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), h.TitleZh, h.TitleEn, h.IssuerEn, Math.Round(h.Score, 4));
            }

            await listing.WriteAsync(output, parse.GetValue(format)!);
            if (hits.Count == 0 && parse.GetValue(format) == "table")
            {
                await error.WriteLineAsync("no document matches.");
            }

            return 0;
        }));
        return command;
    }

    private static DateOnly? Date(string? text, string option) =>
        text is null ? null
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
        : throw new ArgumentException($"{option} must be a date yyyy-MM-dd; got '{text}'.");
}
