using System.Globalization;
using ClusterScope.Data.Export;

namespace ClusterScope.Data.Tests.Export;

public sealed class TableWriterTests
{
    [Fact]
    public async Task Text_cells_are_neutralised_and_numbers_keep_their_sign()
    {
        await using var writer = new StringWriter(CultureInfo.InvariantCulture);

        await TableWriter.WriteCsvAsync(writer, ["region", "code", "effect"], [["=cmd|' /C calc'!A0", "-5", -1.5], ["@x", "+y", double.NaN]]);

        var lines = writer.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("'=cmd|' /C calc'!A0,-5,-1.5", lines[1]);
        Assert.Equal("'@x,'+y,NA", lines[2]);
    }
}
