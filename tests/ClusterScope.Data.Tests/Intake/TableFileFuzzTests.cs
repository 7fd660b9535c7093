using System.IO.Compression;
using System.Text;
using ClusterScope.Data.Intake;
using CsCheck;

namespace ClusterScope.Data.Tests.Intake;

/// <summary>Property-based fuzzing of the CSV and XLSX readers: whatever the bytes, a read ends with rows or with
/// <see cref="UnreadableFileException"/>, never another exception, and allocates within a bound set by the limits.</summary>
public sealed class TableFileFuzzTests
{
    // Small limits, so a random file reaches them often and the memory bound below is tight.
    private static readonly IntakeLimits Limits = new(MaxRows: 500, MaxColumns: 20, MaxCellChars: 2_000,
        MaxUnpackedBytes: 4 * 1024 * 1024, MaxCompressionRatio: 50, TimeBudget: TimeSpan.FromSeconds(20));

    // Rows x columns x characters x 2 bytes, twice over for the copies a row makes, plus the readers' buffers.
    private const long MemoryBound = (500L * 20 * 2_000 * 2 * 2) + (16 * 1024 * 1024);

    private static readonly string Folder = Directory.CreateTempSubdirectory("cs-fuzz-").FullName;

    private static void ReadsOrRefuses(byte[] content, string extension)
    {
        var path = Path.Combine(Folder, $"{Guid.NewGuid():N}{extension}");
        File.WriteAllBytes(path, content);
        try
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            try
            {
                foreach (var (_, cells) in new TableFile(path, Limits).Rows())
                {
                    Assert.True(cells.Length <= Limits.MaxColumns);
                    Assert.All(cells, c => Assert.True(c is null || (c.Length <= Limits.MaxCellChars && !Domain.TextRules.HasForbiddenCharacter(c))));
                }
            }
            catch (UnreadableFileException e)
            {
                Assert.True(e.Message.Length < 400, e.Message);
            }

            var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            Assert.True(allocated < MemoryBound, $"allocated {allocated:N0} bytes for {content.Length:N0} bytes of {extension}");
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static readonly Gen<string> CsvText = Gen.OneOf(
        Gen.Char['\0', '\u00FF'], Gen.Const(','), Gen.Const('"'), Gen.Const('\n'), Gen.Const('\r'), Gen.Char['\u4E00', '\u4E20'])
        .Array[0, 3_000].Select(chars => new string(chars));

    [Fact]
    public void Random_bytes_as_csv_read_or_are_refused()
    {
        Gen.Byte.Array[0, 6_000].Sample(bytes => ReadsOrRefuses(bytes, ".csv"), iter: 300);
    }

    [Fact]
    public void Random_csv_text_in_any_encoding_reads_or_is_refused()
    {
        Gen.Select(CsvText, Gen.Int[0, 3]).Sample((text, encoding) =>
        {
            var bytes = encoding switch
            {
                0 => Encoding.UTF8.GetBytes(text),
                1 => Encoding.Latin1.GetBytes(text),
                2 => Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(text)).ToArray(),
                _ => [.. Encoding.UTF8.GetBytes(text[..(text.Length / 2)]), .. Encoding.Latin1.GetBytes(text[(text.Length / 2)..])],
            };
            ReadsOrRefuses(bytes, ".csv");
        }, iter: 300);
    }

    private static readonly byte[] GoodXlsx = File.ReadAllBytes(ImportFiles.Xlsx("seed.xlsx",
        [["entity_kind", "entity_code", "value"], ["Cluster", "C-1", "=B2*2|4"], ["Zone", "长春", "12.5"], ["", "", "3"]], "A3:A4"));

    [Fact]
    public void A_good_xlsx_with_random_bytes_changed_reads_or_is_refused()
    {
        Gen.Select(Gen.Int[0, GoodXlsx.Length - 1], Gen.Byte).Array[1, 8].Sample(changes =>
        {
            var bytes = (byte[])GoodXlsx.Clone();
            foreach (var (at, value) in changes)
            {
                bytes[at] = value;
            }

            ReadsOrRefuses(bytes, ".xlsx");
        }, iter: 400);
    }

    private static readonly Gen<string> XmlNoise = Gen.OneOf(
        Gen.Const("<row r=\"2\">"), Gen.Const("</row>"), Gen.Const("<c r=\"B2\" t=\"s\"><v>0</v></c>"), Gen.Const("<c t=\"inlineStr\"><is><t>"),
        Gen.Const("</t></is></c>"), Gen.Const("<c r=\"ZZZ9\">"), Gen.Const("<mergeCell ref=\"A1:C900\"/>"), Gen.Const("&amp;"), Gen.Const("&lol;"),
        Gen.Const("<!DOCTYPE x>"), Gen.Const("<row r=\"1\">"), Gen.Const("<row r=\"99999999999\">"), Gen.Const("<v>1e308</v>"),
        Gen.String[0, 50]).Array[0, 60].Select(parts => string.Concat(parts));

    [Fact]
    public void Random_sheet_xml_reads_or_is_refused()
    {
        XmlNoise.Sample(noise =>
        {
            var path = ImportFiles.Package("noise.xlsx", w => w.Write(
                $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c t=\"inlineStr\"><is><t>a</t></is></c></row>{noise}</sheetData></worksheet>"),
                ("xl/sharedStrings.xml", "<?xml version=\"1.0\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>s</t></si></sst>"));
            ReadsOrRefuses(File.ReadAllBytes(path), ".xlsx");
        }, iter: 400);
    }

    [Fact]
    public void A_zip_of_random_parts_reads_or_is_refused()
    {
        Gen.Select(Gen.String[0, 30], Gen.Byte.Array[0, 3_000]).Array[1, 6].Sample(parts =>
        {
            using var buffer = new MemoryStream();
            using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
            {
                foreach (var (i, (name, content)) in parts.Index())
                {
                    var part = i switch { 0 => "xl/workbook.xml", 1 => "xl/worksheets/sheet1.xml", 2 => "xl/sharedStrings.xml", _ => name };
                    using var stream = zip.CreateEntry(part.Length == 0 ? "x" : part).Open();
                    stream.Write(content);
                }
            }

            ReadsOrRefuses(buffer.ToArray(), ".xlsx");
        }, iter: 300);
    }
}
