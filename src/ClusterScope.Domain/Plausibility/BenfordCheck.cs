using ClusterScope.Analytics.Forensics;
using ClusterScope.Domain.Registry;

namespace ClusterScope.Domain.Plausibility;

/// <summary>Tests each zone's submitted figures against Benford's first-digit law; flags only conclusive nonconformity.</summary>
internal static class BenfordCheck
{
    public static IReadOnlyList<ZoneBenfordTest> Test(FigureBook book, PlausibilitySettings settings) =>
        book.Submitted
            .Select(f => (Zone: book.ZoneOf(f.Kind, f.EntityCode), f.Value))
            .Where(x => x.Zone is not null)
            .GroupBy(x => x.Zone!, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var result = Benford.Test(g.Select(x => x.Value).ToArray());
                var conclusive = result.N >= settings.BenfordMinimumSample;
                return new ZoneBenfordTest(g.Key, result, conclusive, conclusive && result.Mad > settings.BenfordMadNonconformity);
            })
            .Where(t => t.Result.N > 0)
            .ToList();

    public static IEnumerable<PlausibilityFlag> Check(FigureBook book, PlausibilitySettings settings)
    {
        foreach (var test in Test(book, settings).Where(t => t.Nonconforming))
        {
            var (r, zone, bound) = (test.Result, test.ZoneCode, settings.BenfordMadNonconformity);
            var numbers = new Dictionary<string, double>
            {
                ["n"] = r.N, ["chi2"] = r.ChiSquare, ["p"] = r.PValue, ["mad"] = r.Mad, ["bound"] = bound,
                ["minimum_sample"] = settings.BenfordMinimumSample,
            };
            for (var d = 1; d <= 9; d++)
            {
                numbers[$"digit_{d}"] = r.Counts[d - 1];
            }

            yield return new PlausibilityFlag(PlausibilityRule.Benford, EntityKind.Zone, zone, null, null,
                $"the first digits of the {r.N} figures submitted for zone {zone}, its clusters and enterprises are far from Benford's law: "
                + $"MAD {FlagText.Fixed(r.Mad, 4)} is above the {FlagText.Fixed(bound, 3)} bound (chi-square {FlagText.Fixed(r.ChiSquare, 2)} on 8 degrees of freedom, {FlagText.PValue(r.PValue)})",
                $"开发区 {zone} 及其集群、企业提交的 {r.N} 个数据的首位数字明显偏离本福特定律：MAD 为 {FlagText.Fixed(r.Mad, 4)}，"
                + $"高于 {FlagText.Fixed(bound, 3)} 的界限（卡方 {FlagText.Fixed(r.ChiSquare, 2)}，自由度 8，{FlagText.PValue(r.PValue)}）",
                numbers);
        }
    }
}
