using System.CommandLine;
using System.Globalization;
using ClusterScope.Analytics.Matching;
using ClusterScope.Data.Export;
using ClusterScope.Data.Talent;

namespace ClusterScope.Cli.Commands;

/// <summary><c>clusterscope talent match</c>: matches researchers to enterprises' innovation needs from plain CSV files, no database.</summary>
internal static class TalentCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var researchers = new Option<FileInfo?>("--researchers") { Description = "Researchers CSV: researcher,field_codes,capacity,home_city,home_longitude,home_latitude" };
        var needs = new Option<FileInfo?>("--needs") { Description = "Needs CSV: need,enterprise,field_codes,zone,zone_city,city_longitude,city_latitude,cluster_priority" };
        var scores = new Option<FileInfo?>("--scores") { Description = "Instead of the two registries: researcher,need,score (fit computed elsewhere)" };
        var capacities = new Option<FileInfo?>("--capacities") { Description = "With --scores: researcher,capacity (default 1 for researchers not listed)" };
        var method = new Option<string>("--method", "-m") { Description = "optimal (maximum total fit, min-cost flow) or stable (deferred acceptance)", DefaultValueFactory = _ => "optimal" };
        method.AcceptOnlyFromAmong("optimal", "stable");
        var proposer = new Option<string>("--proposer") { Description = "With --method stable: which side proposes", DefaultValueFactory = _ => "researchers" };
        proposer.AcceptOnlyFromAmong("researchers", "needs");
        var pin = new Option<string[]>("--pin") { Description = "A pair that must be matched, RESEARCHER:NEED (repeatable)", AllowMultipleArgumentsPerToken = false };
        var forbid = new Option<string[]>("--forbid") { Description = "A pair that must not be matched, RESEARCHER:NEED (repeatable)", AllowMultipleArgumentsPerToken = false };
        var file = new Option<FileInfo?>("--output", "-o") { Description = "Where to write researcher,need,score; standard output when omitted" };
        var match = new Command("match", "Match researchers to needs, each need served at most once, within each researcher's capacity (no database needed)")
        {
            researchers, needs, scores, capacities, method, proposer, pin, forbid, file,
        };
        match.SetAction((parse, ct) => Guard.RunAsync(error, async () =>
        {
            var how = parse.GetValue(method) == "stable" ? MatchMethod.Stable : MatchMethod.Optimal;
            var side = parse.GetValue(proposer) == "needs" ? Proposer.Needs : Proposer.Researchers;
            var pins = Pairs(parse.GetValue(pin), "--pin");
            var bans = Pairs(parse.GetValue(forbid), "--forbid");
            var (r, n, s, c) = (parse.GetValue(researchers), parse.GetValue(needs), parse.GetValue(scores), parse.GetValue(capacities));
            IReadOnlyList<TalentMatch> matches;
            if (s is not null)
            {
                if (r is not null || n is not null)
                {
                    throw new ArgumentException("--scores replaces --researchers and --needs: give either the scores or the two registries.");
                }

                matches = TalentMatching.FromScores(TalentFiles.ReadScores(s.FullName), c is null ? null : TalentFiles.ReadCapacities(c.FullName), how, side, pins, bans);
            }
            else
            {
                if (r is null || n is null)
                {
                    throw new ArgumentException("Give --researchers and --needs, or --scores (with --capacities).");
                }

                if (c is not null)
                {
                    throw new ArgumentException("--capacities goes with --scores; with --researchers the capacity is the researchers file's column.");
                }

                matches = TalentMatching.FromRegistries(TalentFiles.ReadResearchers(r.FullName), TalentFiles.ReadNeeds(n.FullName), how, side, pins, bans);
            }

            var withParts = s is null;
            string[] columns = withParts ? ["researcher", "need", "score", "field", "distance", "distance_km", "priority", "pinned"] : ["researcher", "need", "score"];
            var rows = matches.Select(m => withParts
                ? new object?[] { m.Researcher, m.Need, m.Score, m.Fit?.Field, m.Fit?.Distance, m.Fit is null ? null : Math.Round(m.Fit.DistanceKm, 1), m.Fit?.Priority, m.Pinned ? "yes" : "no" }
                : new object?[] { m.Researcher, m.Need, m.Score }).ToList();
            var target = parse.GetValue(file);
            if (target is null)
            {
                await TableWriter.WriteCsvAsync(output, columns, rows);
                return 0;
            }

            await TabularOutput.WriteFileAsync(target, async writer =>
            {
                await TableWriter.WriteCsvAsync(writer, columns, rows);
                return rows.Count;
            });
            var total = matches.Sum(m => m.Score).ToString("0.######", CultureInfo.InvariantCulture);
            await output.WriteLineAsync($"talent match ({parse.GetValue(method)}{(how == MatchMethod.Stable ? $", {parse.GetValue(proposer)} propose" : "")}): "
                + $"{matches.Count} pairs, total score {total}, written to {target.FullName}");
            return 0;
        }));
        return new Command("talent", "Researchers and enterprises' innovation needs") { match };
    }

    private static (string, string)[] Pairs(string[]? values, string option) => [.. (values ?? []).Select(v =>
    {
        var parts = v.Split(':');
        return parts.Length == 2 && parts[0].Length > 0 && parts[1].Length > 0 ? (parts[0], parts[1])
            : throw new ArgumentException($"{option} '{v}': write the pair as RESEARCHER:NEED.");
    })];
}
