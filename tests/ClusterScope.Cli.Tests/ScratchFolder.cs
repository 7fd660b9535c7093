namespace ClusterScope.Cli.Tests;

/// <summary>A temporary folder for a test class's input and output files, deleted with the class.</summary>
public sealed class ScratchFolder(string prefix) : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory(prefix).FullName;

    /// <summary>Writes <paramref name="text"/> to a file of the folder and returns its path.</summary>
    public string Write(string name, string text)
    {
        var path = System.IO.Path.Combine(Path, name);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Splits CSV text without quoted fields into rows of cells.</summary>
    public static List<string[]> Csv(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r').Split(',')).ToList();

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
