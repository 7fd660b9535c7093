using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using ClusterScope.Domain.Registry;

namespace ClusterScope.Web.Tests.Localisation;

/// <summary>
/// The Chinese resource file against the texts the pages use: every <c>T["…"]</c> / <c>text["…"]</c> key in the views and
/// page models has a translation that keeps its placeholders, and the file holds nothing the pages no longer ask for.
/// </summary>
public sealed partial class TranslationCoverageTests
{
    private const string ResxPath = "src/ClusterScope.Web/Resources/SharedResource.zh-CN.resx";

    private const string FeaturesPath = "src/ClusterScope.Web/Features";

    /// <summary>Keys the views localise as <c>T[value.ToString()]</c>, so they never appear as literals.</summary>
    private static readonly string[] EnumNameKeys =
    [
        // ZoneLevel
        "National", "Provincial",
        // EcoIndustrialStatus (Provincial and National shared with ZoneLevel)
        "None",
        // EnterpriseSize
        "Unknown", "Micro", "Small", "Medium", "Large",
        // TargetKind, Comparator, FindingSeverity
        "Count", "Sum", "Share", "Coverage", "StatusCount", "ProgrammeFigure", "VerifiedWins", "AtLeast", "AtMost", "Exactly", "Info", "Warning", "Error",
        // PlanView.StatusText and PlanView.MethodText
        "Achieved", "On track", "At risk", "Off track", "Not achieved", "No data", "Compound growth", "Linear trend",
        // SegmentStage
        "Upstream", "Midstream", "Downstream",
    ];

    [Fact]
    public void Every_ui_text_has_a_Chinese_translation()
    {
        var translations = LoadTranslations();
        var keys = UsedKeys().Concat(EnumNameKeys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

        var missing = keys.Where(k => !translations.TryGetValue(k, out var value) || string.IsNullOrWhiteSpace(value)).ToList();

        Assert.True(missing.Count == 0, Describe("Texts without a Chinese translation in " + ResxPath, missing));
    }

    [Fact]
    public void Every_translation_keeps_the_placeholders_of_its_text()
    {
        var translations = LoadTranslations();

        var broken = translations
            .Where(t => !Placeholders(t.Key).SetEquals(Placeholders(t.Value)))
            .Select(t => t.Key + " → " + t.Value)
            .ToList();

        Assert.True(broken.Count == 0, Describe("Translations whose placeholders ({0}, {1}, …) differ from their text's", broken));
    }

    [Fact]
    public void Every_translation_is_still_used()
    {
        var used = UsedKeys().Concat(EnumNameKeys).ToHashSet(StringComparer.Ordinal);

        var stale = LoadTranslations().Keys.Where(k => !used.Contains(k)).Order(StringComparer.Ordinal).ToList();

        Assert.True(stale.Count == 0, Describe("Entries in " + ResxPath + " that no page uses any more", stale));
    }

    [Fact]
    public void The_listed_enum_names_are_those_of_the_enums_the_pages_translate()
    {
        var names = Enum.GetNames<ZoneLevel>()
            .Concat(Enum.GetNames<EcoIndustrialStatus>())
            .Concat(Enum.GetNames<EnterpriseSize>())
            .Concat(Enum.GetNames<ClusterScope.Domain.Targets.TargetKind>())
            .Concat(Enum.GetNames<ClusterScope.Domain.Targets.Comparator>())
            .Concat(Enum.GetNames<ClusterScope.Domain.Targets.FindingSeverity>())
            .Concat(Enum.GetNames<ClusterScope.Domain.Chains.SegmentStage>())
            .Concat(Enum.GetValues<ClusterScope.Domain.Targets.TargetStatus>().Select(s => ClusterScope.Web.Features.Plans.PlanView.StatusText(s)))
            .Concat(Enum.GetValues<ClusterScope.Domain.Targets.ForecastMethod>().Select(m => ClusterScope.Web.Features.Plans.PlanView.MethodText(m)))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);

        Assert.Equal(names, EnumNameKeys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_key_scan_finds_the_texts_of_views_and_page_models()
    {
        var keys = UsedKeys();

        Assert.Contains("Development zones", keys);
        Assert.Contains("{0} in all", keys);
        Assert.Contains("User name or password is wrong.", keys);
    }

    /// <summary>The literal keys used as <c>T["…"]</c> or <c>text["…"]</c> in the views and C# files of the features, and in the
    /// shared C# files (error answers written outside the pages).</summary>
    private static HashSet<string> UsedKeys()
    {
        var features = Path.Combine(RepositoryRoot(), FeaturesPath);
        var files = Directory.EnumerateFiles(features, "*.cshtml", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(features, "*.cs", SearchOption.AllDirectories))
            .Concat(Directory.EnumerateFiles(Path.Combine(features, "..", "Shared"), "*.cs", SearchOption.AllDirectories));
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            foreach (Match match in LocalizerKey().Matches(File.ReadAllText(file)))
            {
                keys.Add(Unescape(match.Groups["key"].Value));
            }
        }

        return keys;
    }

    /// <summary>The resource file's entries, name to value.</summary>
    private static Dictionary<string, string> LoadTranslations()
    {
        var document = XDocument.Load(Path.Combine(RepositoryRoot(), ResxPath));
        var translations = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var data in document.Root!.Elements("data"))
        {
            var name = (string?)data.Attribute("name") ?? "";
            Assert.False(translations.ContainsKey(name), "Duplicate entry in " + ResxPath + ": " + name);
            translations[name] = (string?)data.Element("value") ?? "";
        }

        return translations;
    }

    /// <summary>The folder holding ClusterScope.slnx, found by walking up from the test's output folder.</summary>
    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ClusterScope.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("No ClusterScope.slnx above " + AppContext.BaseDirectory);
    }

    private static HashSet<string> Placeholders(string text) =>
        Placeholder().Matches(text).Select(m => m.Groups["index"].Value).ToHashSet(StringComparer.Ordinal);

    private static string Unescape(string literal) =>
        literal.Replace("\\\"", "\"", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal);

    private static string Describe(string what, List<string> items) =>
        string.Create(CultureInfo.InvariantCulture, $"{what} ({items.Count}):{Environment.NewLine}  ") +
        string.Join(Environment.NewLine + "  ", items);

    /// <summary><c>T["…"]</c> or <c>text["…"]</c> (also with arguments after the key), not part of a longer name.</summary>
    [GeneratedRegex("""(?<![\w.])(?:T|text)\[\s*"(?<key>(?:[^"\\\r\n]|\\.)*)"\s*[,\]]""")]
    private static partial Regex LocalizerKey();

    /// <summary>A composite-format placeholder such as {0}, {1:N0} or {2,8}.</summary>
    [GeneratedRegex(@"\{(?<index>\d+)(?:[,:][^}]*)?\}")]
    private static partial Regex Placeholder();
}
