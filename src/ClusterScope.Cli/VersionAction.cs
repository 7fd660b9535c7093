using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;
using ClusterScope.Analytics.LinearAlgebra;

namespace ClusterScope.Cli;

/// <summary><c>--version</c>: the program's version, then the BLAS the analytics run on (library, version, kernel, threads),
/// so a slow machine's generic kernel shows at once.</summary>
internal sealed class VersionAction(TextWriter output) : SynchronousCommandLineAction
{
    public override bool ClearsParseErrors => true;

    public override int Invoke(ParseResult parseResult)
    {
        var version = typeof(VersionAction).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
        output.WriteLine($"clusterscope {version}");
        output.WriteLine(BlasInfo.Current());
        return 0;
    }
}
