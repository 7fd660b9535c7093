namespace ClusterScope.Domain.Chains;

/// <summary>A chain template saved by an admin: its JSON exactly as saved.</summary>
/// <remarks>Versions are never changed: an edit saves a new version above the one in use, so what a map showed can always be
/// traced to the template it used. The shipped files are the first versions and are not stored.</remarks>
public sealed class ChainTemplateVersion
{
    /// <summary>Database key.</summary>
    public int Id { get; set; }

    /// <summary>The chain's code, e.g. <c>auto</c>.</summary>
    public required string Code { get; set; }

    /// <summary>The template's version; unique within the code.</summary>
    public int Version { get; set; }

    /// <summary>The template's text (<c>docs/user/chain-templates.md</c>).</summary>
    public required string Json { get; set; }

    /// <summary>Who saved it.</summary>
    public required string CreatedBy { get; set; }

    /// <summary>When it was saved (UTC).</summary>
    public DateTime CreatedAtUtc { get; set; }
}
