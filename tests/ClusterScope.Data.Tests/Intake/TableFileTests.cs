using System.Text;
using ClusterScope.Data.Intake;

namespace ClusterScope.Data.Tests.Intake;

/// <summary>The reading layer against the hostile corpus: each file is refused with the one documented error type and a
/// message naming the bound, within bounded memory; good files read as before.</summary>
public sealed class TableFileTests
{
    private static List<(int Row, string?[] Cells)> Read(string path, IntakeLimits? limits = null, CancellationToken ct = default) =>
        [.. new TableFile(path, limits).Rows(ct)];

    private static void Cells(string?[] actual, params string?[] expected) =>
        Assert.Equal(string.Join(" | ", expected.Select(c => c ?? "(null)")), string.Join(" | ", actual.Select(c => c ?? "(null)")));

    private static UnreadableFileException Refused(string path, IntakeLimits? limits = null) =>
        Assert.Throws<UnreadableFileException>(() => Read(path, limits));

    /// <summary>Bytes allocated on this thread while <paramref name="read"/> runs: the reader's whole memory use, since it
    /// streams on the calling thread.</summary>
    private static long Allocated(Action read)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        read();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    [Fact]
    public void A_sheet_that_claims_a_huge_dimension_costs_what_its_cells_cost()
    {
        var error = Refused(HostileFiles.DimensionBomb());
        Assert.Equal(200_000, error.Row);
        Assert.Contains("more than 200 columns", error.Message, StringComparison.Ordinal);

        // The same claim with its one cell in column A reads as the header and that one row.
        var rows = Read(HostileFiles.DimensionBomb("A"));
        Assert.Equal([1, 200_000], rows.Select(r => r.Row));
        Cells(rows[1].Cells, "x");
    }

    [Fact]
    public void A_cell_of_200_MB_is_refused_as_a_zip_bomb_and_past_its_length_with_bounded_memory()
    {
        var path = HostileFiles.HugeCell();
        Assert.Contains("times its packed size", Refused(path).Message, StringComparison.Ordinal);

        UnreadableFileException? error = null;
        var allocated = Allocated(() => error = Refused(path, new IntakeLimits(MaxCompressionRatio: 100_000)));
        Assert.Equal(2, error!.Row);
        Assert.Contains("more than 32,767 characters", error.Message, StringComparison.Ordinal);
        Assert.True(allocated < 32 * 1024 * 1024, $"allocated {allocated:N0} bytes");
    }

    [Fact]
    public void A_part_that_unpacks_past_the_limit_is_refused_as_it_is_read()
    {
        var error = Refused(HostileFiles.ZipBomb(12), new IntakeLimits(MaxUnpackedBytes: 8 * 1024 * 1024, MaxCompressionRatio: 100_000));
        Assert.Contains("unpacks to more than 8 MB", error.Message, StringComparison.Ordinal);
        Assert.Contains("解压后超过 8 MB", error.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void Entity_declarations_are_refused_whether_they_expand_or_reach_outside()
    {
        foreach (var path in new[] { HostileFiles.BillionLaughs(), HostileFiles.ExternalEntity() })
        {
            var error = Refused(path);
            Assert.Contains("DTD", error.Message, StringComparison.Ordinal);
            Assert.Contains("DTD", error.MessageZh, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Formulas_give_their_cached_values_and_formula_like_text_stays_text()
    {
        var rows = Read(HostileFiles.Formulas());
        Cells(rows[1].Cells, "Cluster", "=HYPERLINK(\"http://evil.example\",\"x\")");
    }

    [Fact]
    public void Broken_packages_are_refused_with_the_one_error_type()
    {
        Assert.Contains("shared text", Refused(HostileFiles.MissingSharedString()).Message, StringComparison.Ordinal);
        Assert.Contains("not a valid XLSX", Refused(HostileFiles.TruncatedZip()).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Latin1_and_invalid_utf8_are_refused_at_their_row_and_nothing_is_replaced()
    {
        foreach (var path in new[] { HostileFiles.Latin1Csv(), HostileFiles.InvalidUtf8Csv() })
        {
            var error = Refused(path);
            Assert.Equal(2, error.Row);
            Assert.Contains("save the file as UTF-8", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Gbk_after_a_megabyte_of_utf8_is_refused_at_the_row_where_it_starts()
    {
        var rows = 60_000;
        var error = Refused(HostileFiles.MixedEncodingCsv(rows));
        Assert.Equal(rows + 2, error.Row);
        Assert.Contains($"row {rows + 2} has bytes that are not UTF-8 text", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_gb18030_and_utf16_with_bom_are_read()
    {
        var gbk = Read(ImportFiles.Csv("gbk.csv", "entity_kind,source\nCluster,吉林省统计年鉴（长春）\n", ImportFiles.Gbk));
        Assert.Equal("吉林省统计年鉴（长春）", gbk[1].Cells[1]);
        var utf16 = Read(ImportFiles.Csv("utf16.csv", "entity_kind,source\nCluster,长春\n", new UnicodeEncoding(false, true)));
        Cells(utf16[0].Cells, "entity_kind", "source");
        Assert.Equal("长春", utf16[1].Cells[1]);
    }

    [Fact]
    public void A_nul_is_refused_naming_its_row_and_column_in_csv_and_xlsx()
    {
        var csv = Refused(HostileFiles.NulCsv());
        Assert.Equal(2, csv.Row);
        Assert.Contains("column 'source' holds a control character", csv.Message, StringComparison.Ordinal);
        // OOXML writes a control character as _x0000_; raw, it is not XML at all.
        var xlsx = Refused(ImportFiles.Xlsx("nul.xlsx", [["entity_kind", "source"], ["Cluster", "a_x0000_b"]]));
        Assert.Contains("row 2, column 'source' holds a control character", xlsx.Message, StringComparison.Ordinal);
        var raw = Refused(ImportFiles.Xlsx("raw.xlsx", [["entity_kind", "source"], ["Cluster", "a\u0001b"]]));
        Assert.Contains("its XML is broken", raw.Message, StringComparison.Ordinal);
        var replacement = Refused(ImportFiles.Csv("fffd.csv", "entity_kind,source\nCluster,caf\uFFFD\n"));
        Assert.Contains("U+FFFD", replacement.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rows_columns_and_fields_past_the_limits_are_refused()
    {
        var limits = new IntakeLimits(MaxRows: 3, MaxColumns: 3, MaxCellChars: 100);
        Assert.Contains("more than 3 rows", Refused(ImportFiles.Csv("rows.csv", "a\n1\n2\n3\n4\n"), limits).Message, StringComparison.Ordinal);
        Assert.Contains("more than 3 columns", Refused(ImportFiles.Csv("cols.csv", "a,b,c,d\n"), limits).Message, StringComparison.Ordinal);
        Assert.Contains("more than 100 characters", Refused(HostileFiles.UnterminatedQuote(10_000), limits).Message, StringComparison.Ordinal);
        Assert.Contains("more than 3 rows", Refused(ImportFiles.Xlsx("rows.xlsx", [["a"], ["1"], ["2"], ["3"], ["4"]]), limits).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_column_named_twice_is_refused()
    {
        var error = Refused(HostileFiles.DuplicateHeader());
        Assert.Equal(1, error.Row);
        Assert.Contains("column 'value' appears twice (columns B and C)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reading_stops_when_the_time_budget_is_spent_or_the_caller_cancels()
    {
        var path = ImportFiles.Csv("long.csv", "a\n" + string.Concat(Enumerable.Repeat("1\n", 20_000)));
        var error = Refused(path, new IntakeLimits(TimeBudget: TimeSpan.FromTicks(1)));
        Assert.True(error.OverBudget);
        Assert.Contains("took longer than", error.Message, StringComparison.Ordinal);

        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => Read(path, ct: cancelled.Token));
    }

    [Fact]
    public void An_xlsx_reads_shared_strings_rich_text_dates_booleans_and_merged_cells()
    {
        var sheet = """
            <?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
            <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t>flag</t></is></c><c r="D1" t="inlineStr"><is><t>when</t></is></c></row>
            <row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2"><v>1234.5</v></c><c r="C2" t="b"><v>1</v></c><c r="D2" s="1"><v>43160</v></c></row>
            <row r="3"><c r="A3"/><c r="B3" t="str"><f>B2*2</f><v>2469</v></c><c r="D3" s="2"><v>43160.5</v></c></row>
            </sheetData><mergeCells count="1"><mergeCell ref="A2:A3"/></mergeCells></worksheet>
            """;
        var path = ImportFiles.Package("rich.xlsx", w => w.Write(sheet),
            ("xl/sharedStrings.xml", """<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>Name</t></si><si><r><t>val</t></r><r><t xml:space="preserve">ue </t></r></si><si><t>长春</t><rPh sb="0" eb="2"><t>チャンチュン</t></rPh></si></sst>"""),
            ("xl/styles.xml", """<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot; hh:mm"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/></cellXfs></styleSheet>"""));
        var rows = Read(path);
        Cells(rows[0].Cells, "name", "value", "flag", "when");
        Cells(rows[1].Cells, "长春", "1234.5", "true", "2018-03-01");
        Cells(rows[2].Cells, "长春", "2469", null, "2018-03-01T12:00:00");
    }
}
