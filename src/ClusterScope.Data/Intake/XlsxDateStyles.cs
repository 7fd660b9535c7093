using System.Text.RegularExpressions;
using System.Xml;

namespace ClusterScope.Data.Intake;

/// <summary>Which cell styles of a workbook show a number as a date: an XLSX stores a date as a day count, and only the
/// cell's number format says it is one.</summary>
/// <remarks>Built-in formats 14–22 and 45–47 (ECMA-376 Part 1, 18.8.30) and 27–36 and 50–58 (the East Asian date formats
/// Excel uses on Chinese systems); a custom format is a date when, outside quoted text, escapes and [..] sections, it holds
/// y, m, d, h or s.</remarks>
internal static partial class XlsxDateStyles
{
    public static HashSet<int> Read(XmlReader? styles, ReadBudget budget)
    {
        var dates = new HashSet<int>();
        if (styles is null)
        {
            return dates;
        }

        using (styles)
        {
            var custom = new Dictionary<int, bool>();
            var inCellFormats = false;
            var index = 0;
            while (styles.Read())
            {
                budget.Check(0);
                if (styles.NodeType == XmlNodeType.EndElement && styles.LocalName == "cellXfs")
                {
                    break;
                }

                if (styles.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                switch (styles.LocalName)
                {
                    case "numFmt" when int.TryParse(styles.GetAttribute("numFmtId"), out var id):
                        custom[id] = IsDateFormat(styles.GetAttribute("formatCode"));
                        break;
                    case "cellXfs":
                        inCellFormats = true;
                        break;
                    case "xf" when inCellFormats:
                        if (int.TryParse(styles.GetAttribute("numFmtId"), out var format) && (custom.TryGetValue(format, out var isDate) ? isDate : IsBuiltInDate(format)))
                        {
                            dates.Add(index);
                        }

                        index++;
                        break;
                }
            }
        }

        return dates;
    }

    private static bool IsBuiltInDate(int id) => id is >= 14 and <= 22 or >= 27 and <= 36 or >= 45 and <= 47 or >= 50 and <= 58;

    private static bool IsDateFormat(string? code) =>
        code is not null && DatePart().IsMatch(Literals().Replace(code, string.Empty));

    [GeneratedRegex("\"[^\"]*\"|\\\\.|\\[[^\\]]*\\]|_.|\\*.")]
    private static partial Regex Literals();

    [GeneratedRegex("[ymdhs]", RegexOptions.IgnoreCase)]
    private static partial Regex DatePart();
}
