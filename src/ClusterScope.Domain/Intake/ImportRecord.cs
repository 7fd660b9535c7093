namespace ClusterScope.Domain.Intake;

/// <summary>One import that was run (not a dry run): who ran it, when, from where, on which file, what it changed, and its
/// error report. The history of imports is read from these rows; they are written once and never changed.</summary>
public sealed class ImportRecord
{
    /// <summary>The most errors kept with a record; the counts always hold the full number.</summary>
    public const int MaxErrorsKept = 1000;

    /// <summary>Surrogate key.</summary>
    public long Id { get; set; }

    /// <summary>What the file held: observations, zones, clusters or enterprises.</summary>
    public required string Kind { get; set; }

    /// <summary>The file's name as uploaded.</summary>
    public required string FileName { get; set; }

    /// <summary>Who ran the import (a user name, or <c>cli:&lt;account&gt;</c>).</summary>
    public required string Actor { get; set; }

    /// <summary>Where it was run from: a page, the API (with the token's prefix) or the command line.</summary>
    public required string Channel { get; set; }

    /// <summary>When the import started, UTC.</summary>
    public DateTime StartedAt { get; set; }

    /// <summary>How long it took, in milliseconds.</summary>
    public long DurationMs { get; set; }

    /// <summary>Whether the valid rows were imported although others were refused.</summary>
    public bool ValidRowsOnly { get; set; }

    /// <summary>Whether the whole file was refused (nothing written).</summary>
    public bool Refused { get; set; }

    /// <summary>Data rows read.</summary>
    public int RowsRead { get; set; }

    /// <summary>Rows added.</summary>
    public int Added { get; set; }

    /// <summary>Rows that changed an existing record.</summary>
    public int Updated { get; set; }

    /// <summary>Rows equal to what the database held.</summary>
    public int Unchanged { get; set; }

    /// <summary>Rows refused.</summary>
    public int RowsRefused { get; set; }

    /// <summary>Errors found.</summary>
    public int ErrorCount { get; set; }

    /// <summary>The first <see cref="MaxErrorsKept"/> errors as CSV (file,row,column,message,message_zh); null when there were none.</summary>
    public string? ErrorsCsv { get; set; }
}
