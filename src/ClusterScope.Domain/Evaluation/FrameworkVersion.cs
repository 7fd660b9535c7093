namespace ClusterScope.Domain.Evaluation;

/// <summary>One stored version of an evaluation framework: its JSON exactly as saved.</summary>
/// <remarks>Versions are never changed: an edit saves a new version, so a run can always name the framework it used.</remarks>
public sealed class FrameworkVersion : IBilingualName
{
    /// <summary>Database key.</summary>
    public int Id { get; set; }

    /// <summary>The framework's code, e.g. <c>national-etdz</c>; the versions of one framework share it.</summary>
    public required string Code { get; set; }

    /// <summary>The version, e.g. <c>2021</c>; unique within the code.</summary>
    public required string Version { get; set; }

    /// <summary>Display name.</summary>
    public required string Name { get; set; }

    /// <summary>Display name in Chinese, from the file's <c>nameZh</c>.</summary>
    public string? NameZh { get; set; }

    /// <summary>The framework file's text (<c>docs/evaluation/framework-format.md</c>).</summary>
    public required string Json { get; set; }

    /// <summary>Who saved it (<c>system</c> for the templates of a data set).</summary>
    public required string CreatedBy { get; set; }

    /// <summary>When it was saved (UTC).</summary>
    public DateTime CreatedAtUtc { get; set; }

    /// <summary>Whether it is one of the templates shipped with a data set.</summary>
    public bool IsBuiltIn { get; set; }
}
