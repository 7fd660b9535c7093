namespace ClusterScope.Data.Intake;

/// <summary>One problem found in an import file, located as a spreadsheet shows it.</summary>
/// <param name="File">The file's name.</param>
/// <param name="Row">The row, counting the header as row 1; 0 when the problem concerns the whole file.</param>
/// <param name="Column">The column's name, or empty when the problem concerns the whole row or file.</param>
/// <param name="Message">What is wrong, in plain English.</param>
/// <param name="MessageZh">The same in Chinese.</param>
public sealed record ImportError(string File, int Row, string Column, string Message, string MessageZh);
