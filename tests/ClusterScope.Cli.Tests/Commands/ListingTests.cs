using System.Globalization;
using ClusterScope.Cli.Commands;

namespace ClusterScope.Cli.Tests.Commands;

public sealed class ListingTests
{
    [Fact]
    public async Task A_CSV_listing_neutralises_formula_text_and_keeps_negative_numbers()
    {
        var listing = new Listing(["name", "growth", "code"]);
        listing.Add("=HYPERLINK(\"http://evil.example\")", -1.5, "-7");
        listing.Add("@x", 2.25, "+y");
        await using var output = new StringWriter(CultureInfo.InvariantCulture);

        await listing.WriteAsync(output, "csv");

        var lines = output.ToString().Split("\r\n");
        Assert.Equal("\"'=HYPERLINK(\"\"http://evil.example\"\")\",-1.5,-7", lines[1]);
        Assert.Equal("'@x,2.25,'+y", lines[2]);
    }
}
