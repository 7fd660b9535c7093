// Reads the 2020 census employment shares of Jilin's 69 county-level units and prints three tables:
// location quotients, economic complexity and a small composite evaluation.
using System.Globalization;
using ClusterScope.Analytics;
using ClusterScope.Analytics.Complexity;
using ClusterScope.Analytics.Composite;
using ClusterScope.Analytics.Specialisation;

var path = args.Length > 0 ? args[0] : Path.Combine(AppContext.BaseDirectory, "data", "jilin_county_census2020_employment.csv");
var lines = File.ReadAllLines(path);
var header = lines[0].Split(',');
var rows = lines.Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')).ToArray();
var names = rows.Select(r => r[Array.IndexOf(header, "name_en")]).ToArray();
var width = names.Max(n => n.Length) + 2;
double Cell(string[] row, int column) => double.Parse(row[column], CultureInfo.InvariantCulture);

// Region x industry matrix: each county's employment share in the 20 GB/T 4754 sections. Shares, not head counts,
// so every county weighs the same in the provincial reference.
var sectors = Enumerable.Range(0, header.Length).Where(c => header[c].StartsWith("ind_share_", StringComparison.Ordinal)).ToArray();
var shares = new Matrix(rows.Length, sectors.Length);
for (var r = 0; r < rows.Length; r++)
{
    for (var s = 0; s < sectors.Length; s++)
    {
        shares[r, s] = Cell(rows[r], sectors[s]);
    }
}

var sectorName = sectors.Select(c => header[c]["ind_share_".Length..]).ToArray();
var shown = new[] { "C_manufacturing", "I_information_software_it", "M_research_technical_services", "A_agriculture_forestry_fishing" };
var shownIndex = shown.Select(s => Array.IndexOf(sectorName, s)).ToArray();

var lq = LocationQuotient.Compute(shares);
Console.WriteLine("== Location quotients (first 10 counties) ==");
Console.WriteLine(Row("county", shown.Select(s => s.Split('_')[0] + " LQ")));
for (var r = 0; r < 10; r++)
{
    Console.WriteLine(Row(names[r], shownIndex.Select(s => lq[r, s].ToString("F3", CultureInfo.InvariantCulture))));
}

var complexity = EconomicComplexity.Compute(shares);
Console.WriteLine();
Console.WriteLine("== Economic complexity (10 most complex counties) ==");
Console.WriteLine(Row("county", ["ECI", "diversity", "COI"]));
foreach (var r in Enumerable.Range(0, rows.Length).OrderByDescending(r => complexity.Eci[r]).Take(10))
{
    Console.WriteLine(Row(names[r], [F(complexity.Eci[r]), F(complexity.Diversity[r]), F(complexity.Coi[r])]));
}

// An illustrative two-dimension framework with equal weights: labour market and knowledge economy.
string[] codes = ["employment_ratio_age16plus", "occ_share_professionals_technicians", "ind_share_I_information_software_it", "ind_share_M_research_technical_services"];
var framework = new CompositeFramework(
    [new IndicatorNode(codes[0], "labour"), new IndicatorNode(codes[1], "labour"), new IndicatorNode(codes[2], "knowledge"), new IndicatorNode(codes[3], "knowledge")],
    [new AggregateNode("labour", "index"), new AggregateNode("knowledge", "index"), new AggregateNode("index")]);
var columns = codes.Select(code => rows.Select(row => Cell(row, Array.IndexOf(header, code))).ToArray()).ToArray();
var result = CompositeIndex.Compute(new CompositeData(IndicatorMatrix.FromColumns(names, codes, columns)), framework);
var scores = result.Scores("index");
var ranks = result.Ranks();
Console.WriteLine();
Console.WriteLine("== Composite evaluation (COINr defaults, top 10) ==");
Console.WriteLine(Row("county", ["rank", "index", "labour", "knowledge"]));
foreach (var r in Enumerable.Range(0, rows.Length).OrderBy(r => ranks[r]).Take(10))
{
    Console.WriteLine(Row(names[r], [ranks[r].ToString(CultureInfo.InvariantCulture), F(scores[r]), F(result.Scores("labour")[r]), F(result.Scores("knowledge")[r])]));
}

static string F(double value) => value.ToString("F3", CultureInfo.InvariantCulture);
string Row(string first, IEnumerable<string> rest) => first.PadRight(width) + string.Concat(rest.Select(v => v.PadLeft(12)));
