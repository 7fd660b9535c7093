using ClusterScope.Data.Export;

namespace ClusterScope.Data.Tests.Export;

public sealed class CsvCellTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\",\"x\")", "'=HYPERLINK(\"http://evil.example\",\"x\")")]
    [InlineData("+1+cmd", "'+1+cmd")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\t=1", "'\t=1")]
    [InlineData("\r=1", "'\r=1")]
    [InlineData("'=1", "''=1")]
    [InlineData("''+x", "'''+x")]
    public void A_text_starting_with_a_formula_character_gets_an_apostrophe(string text, string expected) =>
        Assert.Equal(expected, CsvCell.Text(text));

    [Theory]
    [InlineData("-1.5")]
    [InlineData("-2")]
    [InlineData("+3")]
    [InlineData("-1.25E-05")]
    [InlineData("-.5")]
    [InlineData("Changchun")]
    [InlineData("长春")]
    [InlineData("'quoted")]
    [InlineData("a=b")]
    [InlineData("")]
    public void Numbers_and_harmless_text_stay_as_they_are(string text) => Assert.Equal(text, CsvCell.Text(text));

    [Fact]
    public void Null_is_an_empty_cell() => Assert.Equal("", CsvCell.Text(null));

    [Theory]
    [InlineData("=1+1")]
    [InlineData("'=1+1")]
    [InlineData("''@x")]
    [InlineData("-x")]
    [InlineData("-1.5")]
    [InlineData("'plain")]
    [InlineData("plain")]
    public void Restore_undoes_exactly_what_Text_did(string text) => Assert.Equal(text, CsvCell.Restore(CsvCell.Text(text)));

    [Theory]
    [InlineData("'plain")]
    [InlineData("'5")]
    [InlineData("'-5")]
    [InlineData("'")]
    public void Restore_leaves_an_apostrophe_it_did_not_add(string cell) => Assert.Equal(cell, CsvCell.Restore(cell));

    [Theory]
    [InlineData("=1,2", "\"'=1,2\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("-3.5", "-3.5")]
    [InlineData("plain", "plain")]
    public void Field_neutralises_then_quotes_as_RFC_4180_does(string text, string expected) => Assert.Equal(expected, CsvCell.Field(text));
}
