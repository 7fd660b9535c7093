using ClusterScope.Analytics.Specialisation;

namespace ClusterScope.Analytics.Tests.Specialisation;

/// <summary>The inputs of reference cases 01 and 02 and lookups of expected values by label.</summary>
internal static class Case
{
    public static RegionIndustryMatrix Wide(string relativePath)
    {
        var table = ReferenceTable.Load(relativePath);
        return new RegionIndustryMatrix(table.Text(table.Header[0]), table.Header[1..], table.ToMatrix());
    }

    public static RegionIndustryMatrix Lq => Wide("01_lq_rca/inputs/matrix.csv");

    public static RegionIndustryMatrix Specialisation => Wide("02_specialisation_concentration/inputs/matrix.csv");

    public static double[] Population(RegionIndustryMatrix matrix)
    {
        var table = ReferenceTable.Load("02_specialisation_concentration/inputs/population.csv");
        var regions = table.Text("region");
        var population = table.Numbers("population");
        return matrix.Regions.Select(r => population[Array.IndexOf(regions, r)]).ToArray();
    }

    /// <summary>An expected wide file reordered to the input's rows and columns (REAT sorts industries alphabetically).</summary>
    public static Matrix Expected(string relativePath, RegionIndustryMatrix like)
    {
        var table = ReferenceTable.Load(relativePath);
        var full = table.ToMatrix();
        var rows = table.Text(table.Header[0]);
        var result = new Matrix(like.Regions.Count, like.Industries.Count);
        for (var r = 0; r < result.Rows; r++)
        {
            var row = Array.IndexOf(rows, like.Regions[r]);
            for (var c = 0; c < result.Columns; c++)
            {
                result[r, c] = full[row, table.ColumnIndex(like.Industries[c]) - 1];
            }
        }

        return result;
    }

    /// <summary>A column of by_region.csv or by_industry.csv in the order of <paramref name="labels"/>.</summary>
    public static double[] Column(string file, string column, IReadOnlyList<string> labels)
    {
        var table = ReferenceTable.Load($"02_specialisation_concentration/expected/{file}");
        var keys = table.Text(table.Header[0]);
        var numbers = table.Numbers(column);
        return labels.Select(l => numbers[Array.IndexOf(keys, l)]).ToArray();
    }

    public static double[] ByRegion(string column) => Column("by_region.csv", column, Specialisation.Regions);

    public static double[] ByIndustry(string column) => Column("by_industry.csv", column, Specialisation.Industries);

    public static double[] AsDoubles(int[] counts) => counts.Select(c => (double)c).ToArray();
}
