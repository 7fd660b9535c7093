namespace ClusterScope.Data.Intake;

/// <summary>How an import treats its file.</summary>
/// <param name="DryRun">Validate and count what would change, then write nothing.</param>
/// <param name="ValidRowsOnly">Write the valid rows even when others are refused (still in one transaction); by default a
/// single error refuses the whole file.</param>
/// <param name="Name">The name the report and the audit give the import; the file's name when null.</param>
public sealed record ImportOptions(bool DryRun = false, bool ValidRowsOnly = false, string? Name = null);
