using System.Buffers.Binary;
using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using ClusterScope.Analytics;

namespace ClusterScope.Benchmarks.PeerData;

/// <summary>Reads the files <c>python3 ../shared/peers/gen_data.py export --csv --dir DIR</c> writes, the inputs the peer
/// scripts start from, so each benchmark times the whole path of a user's call from a file.</summary>
/// <remarks>DIR is <c>CLUSTERSCOPE_BENCH_DATA</c> (default <c>/tmp/clusterscope-bench-data</c>). Only what the files hold is
/// read: little-endian float64 C-order <c>.npy</c> arrays (also inside <c>.npz</c>) and the plants CSV with raw codes.</remarks>
public static class ExportedInputs
{
    public static string Directory { get; } =
        Environment.GetEnvironmentVariable("CLUSTERSCOPE_BENCH_DATA") is { Length: > 0 } dir ? dir : "/tmp/clusterscope-bench-data";

    public static string File(string name)
    {
        var path = Path.Combine(Directory, name);
        return System.IO.File.Exists(path)
            ? path
            : throw new FileNotFoundException($"{path} is missing: run python3 ../shared/peers/gen_data.py export --csv --dir {Directory}", path);
    }

    /// <summary>A <c>years x regions x industries</c> panel file as one matrix per year.</summary>
    public static Matrix[] Panel(string name)
    {
        using var stream = System.IO.File.OpenRead(File(name));
        var (shape, values) = ReadNpy(stream);
        var (rows, columns) = (shape[^2], shape[^1]);
        return Enumerable.Range(0, values.Length / (rows * columns))
            .Select(t => new Matrix(rows, columns, values.AsSpan(t * rows * columns, rows * columns).ToArray())).ToArray();
    }

    /// <summary>One array of an <c>.npz</c> archive.</summary>
    public static (int[] Shape, double[] Values) NpzArray(string name, string array)
    {
        using var zip = ZipFile.OpenRead(File(name));
        using var stream = zip.GetEntry(array + ".npy")!.Open();
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        buffer.Position = 0;
        return ReadNpy(buffer);
    }

    /// <summary>Plant records as written: raw six-digit region and four-digit industry codes, employment.</summary>
    public static (long[] Region, long[] Industry, double[] Employment) Plants(string name)
    {
        var region = new List<long>();
        var industry = new List<long>();
        var employment = new List<double>();
        using var reader = new StreamReader(File(name));
        reader.ReadLine();
        while (reader.ReadLine() is { } line)
        {
            var a = line.IndexOf(',', StringComparison.Ordinal);
            var b = line.IndexOf(',', a + 1);
            region.Add(long.Parse(line.AsSpan(0, a), CultureInfo.InvariantCulture));
            industry.Add(long.Parse(line.AsSpan(a + 1, b - a - 1), CultureInfo.InvariantCulture));
            employment.Add(double.Parse(line.AsSpan(b + 1), CultureInfo.InvariantCulture));
        }

        return ([.. region], [.. industry], [.. employment]);
    }

    /// <summary>Peak resident memory of this (benchmark) process, printed beside BenchmarkDotNet's allocations.</summary>
    public static void ReportPeakMemory(string benchmark) =>
        Console.WriteLine($"// peak RSS {benchmark}: {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F0} MB");

    private static (int[] Shape, double[] Values) ReadNpy(Stream stream)
    {
        Span<byte> head = stackalloc byte[10];
        stream.ReadExactly(head);
        var headerLength = head[6] == 1 ? BinaryPrimitives.ReadUInt16LittleEndian(head[8..]) : throw new InvalidDataException("npy version 1 expected");
        var header = new byte[headerLength];
        stream.ReadExactly(header);
        var text = Encoding.ASCII.GetString(header);
        if (!text.Contains("'<f8'", StringComparison.Ordinal) || text.Contains("'fortran_order': True", StringComparison.Ordinal))
        {
            throw new InvalidDataException($"little-endian float64 in C order expected: {text}");
        }

        var shapeText = text[(text.IndexOf("'shape': (", StringComparison.Ordinal) + 10)..];
        var shape = shapeText[..shapeText.IndexOf(')', StringComparison.Ordinal)]
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(int.Parse).ToArray();
        var values = new double[shape.Aggregate(1, (a, b) => a * b)];
        stream.ReadExactly(System.Runtime.InteropServices.MemoryMarshal.AsBytes(values.AsSpan()));
        return (shape, values);
    }
}
