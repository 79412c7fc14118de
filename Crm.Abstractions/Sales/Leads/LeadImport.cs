namespace Crm.Abstractions.Sales;

/// <summary>How to import a CSV file of leads.</summary>
/// <param name="DryRun">Validate every row and report errors and duplicates, import nothing.</param>
/// <param name="SkipInvalid">Import the valid rows and report the invalid ones; by default one invalid row imports nothing.</param>
public sealed record LeadImportOptions(bool DryRun = false, bool SkipInvalid = false);

/// <summary>A problem with one field of one row.</summary>
/// <param name="Row">The row number in the file, the header being row 1.</param>
/// <param name="Field">The column (a lead field name such as <c>email</c>), or <c>row</c>/<c>file</c>.</param>
/// <param name="Message">What is wrong.</param>
public sealed record LeadImportError(int Row, string Field, string Message);

/// <summary>A row that may duplicate an existing lead, an ERP customer or an earlier row of the same file.</summary>
/// <param name="Row">The row number in the file.</param>
/// <param name="Duplicate">The candidate; an earlier row of the file is a <see cref="DuplicateKind.Lead"/> keyed <c>row N</c>.</param>
public sealed record LeadImportDuplicate(int Row, LeadDuplicate Duplicate);

/// <summary>What an import did, or — in a dry run — would do.</summary>
/// <param name="DryRun">Whether this was a dry run (nothing imported).</param>
/// <param name="Rows">Data rows read (header not counted).</param>
/// <param name="Valid">Rows without errors.</param>
/// <param name="Imported">Leads created (0 in a dry run or when a strict import found errors).</param>
/// <param name="Errors">Every problem, by row and field.</param>
/// <param name="Duplicates">Possible duplicates of valid rows (they are imported all the same).</param>
/// <param name="LeadIds">Ids of the leads created, in file order.</param>
public sealed record LeadImportResult(
    bool DryRun,
    int Rows,
    int Valid,
    int Imported,
    IReadOnlyList<LeadImportError> Errors,
    IReadOnlyList<LeadImportDuplicate> Duplicates,
    IReadOnlyList<long> LeadIds);
