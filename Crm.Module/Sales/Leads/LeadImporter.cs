using System.Globalization;
using Crm.Abstractions.Common;
using Crm.Abstractions.Sales;
using Crm.Abstractions.Security;
using Crm.Module.CustomFields;
using Crm.Module.Data;
using Crm.Module.Sales.Assignment;
using Crm.Module.Validation;
using Dapper;

namespace Crm.Module.Sales.Leads;

/// <summary>
/// CSV import of leads. Every row is validated and checked for duplicates (existing leads, ERP
/// customers, earlier rows of the file) before anything is written; then all rows go in one
/// transaction — none when any row is invalid, unless invalid rows are to be skipped.
/// </summary>
internal sealed class LeadImporter(CrmDatabase database, LeadSql sql, LeadWriter writer, OwnerAssignment assignment, SalesAccess access, ICurrentUser user, TimeProvider clock)
{
    /// <summary>The largest file accepted, in characters (the endpoint limits bytes alike).</summary>
    public const int MaxLength = 5 * 1024 * 1024;

    public async Task<LeadImportResult> ImportAsync(string csv, LeadImportOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrEmpty(csv))
        {
            throw new CrmValidationException("file", Messages.CsvEmpty);
        }

        if (csv.Length > MaxLength)
        {
            throw new CrmValidationException("file", string.Format(CultureInfo.CurrentCulture, Messages.FileTooLarge, MaxLength / 1024 / 1024));
        }

        var rows = LeadCsv.Read(csv);
        var errors = new List<LeadImportError>();
        var valid = new List<(int Row, LeadFields Fields, string? Owner)>();
        foreach (var row in rows)
        {
            var rowErrors = Validate(row, out var fields, out var owner);
            errors.AddRange(rowErrors);
            if (rowErrors.Count == 0)
            {
                valid.Add((row.Number, fields!, owner));
            }
        }

        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var duplicates = new List<LeadImportDuplicate>();
        if (valid.Count > 0)
        {
            var index = await DuplicateIndex.LoadAsync(connection, sql, cancellationToken).ConfigureAwait(false);
            foreach (var (row, fields, _) in valid)
            {
                var keys = LeadKeys.Of(fields);
                duplicates.AddRange(index.Find(keys).Select(d => new LeadImportDuplicate(row, d)));
                index.Add(new DuplicateIndex.Candidate(DuplicateKind.Lead, $"row {row}", fields.Name, null, keys));
            }
        }

        var write = !options.DryRun && valid.Count > 0 && (errors.Count == 0 || options.SkipInvalid);
        var ids = new List<long>();
        if (write)
        {
            var now = clock.GetUtcNow();
            await assignment.PrepareAsync(connection, cancellationToken).ConfigureAwait(false);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            foreach (var (_, fields, owner) in valid)
            {
                var assigned = owner ?? await assignment.AssignAsync(connection, transaction, fields.Country, fields.PostalCode, cancellationToken).ConfigureAwait(false);
                ids.Add((await writer.InsertAsync(connection, transaction, fields, assigned, user.UserName, now, CustomFieldCreation.NoValues, cancellationToken).ConfigureAwait(false)).Id);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        return new LeadImportResult(options.DryRun, rows.Count, valid.Count, ids.Count, errors, duplicates, ids);
    }

    // A row's errors; its clean fields and owner when there are none. Without an owner column, a
    // rep's rows are their own and a manager's go to the assignment rules, as in the API.
    private List<LeadImportError> Validate(LeadCsv.Row row, out LeadFields? fields, out string? owner)
    {
        var errors = new List<LeadImportError>();
        if (row.Problem is not null)
        {
            errors.Add(new LeadImportError(row.Number, "row", row.Problem));
        }

        var fieldErrors = new FieldErrors();
        fields = LeadValidator.Validate(row.Input, fieldErrors, "import");
        owner = fieldErrors.Text("owner", row.Owner, 100) ?? (user.IsInAnyRole(CrmRoles.SalesManager, CrmRoles.Admin) ? null : user.UserName);
        try
        {
            fieldErrors.ThrowIfAny();
        }
        catch (CrmValidationException e)
        {
            errors.AddRange(e.Errors.SelectMany(f => f.Value.Select(m => new LeadImportError(row.Number, f.Key, m))));
        }

        if (owner is not null && owner.Length <= 100 && !access.MayAssignTo(owner))
        {
            errors.Add(new LeadImportError(row.Number, "owner", string.Format(CultureInfo.CurrentCulture, Messages.LeadOwnerNotAllowed, owner)));
        }

        if (errors.Count > 0)
        {
            fields = null;
        }

        return errors;
    }
}
