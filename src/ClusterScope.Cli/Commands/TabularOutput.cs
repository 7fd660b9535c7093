using System.Text;

namespace ClusterScope.Cli.Commands;

/// <summary>Writes result files so that a failure never leaves half a file under the requested name.</summary>
internal static class TabularOutput
{
    /// <summary>Writes the file aside (UTF-8, no BOM) and moves it into place, so a failed write never leaves half a file under the requested name.</summary>
    public static async Task<T> WriteFileAsync<T>(FileInfo target, Func<TextWriter, Task<T>> write)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(write);
        var temporary = target.FullName + ".partial";
        T result;
        await using (var writer = new StreamWriter(temporary, false, new UTF8Encoding(false)))
        {
            result = await write(writer);
        }

        File.Move(temporary, target.FullName, overwrite: true);
        return result;
    }
}
