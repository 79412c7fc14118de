using System.Data.Common;
using System.Globalization;
using Crm.Abstractions.Common;
using Crm.Abstractions.CustomFields;
using Crm.Abstractions.Extensibility;
using Crm.Abstractions.Sales;
using Crm.Abstractions.Security;
using Crm.Module.CustomFields;
using Crm.Module.Data;
using Crm.Module.Events;
using Crm.Module.Sales.Assignment;
using Crm.Module.Validation;
using Dapper;

namespace Crm.Module.Sales.Leads;

/// <summary>
/// Capturing and working leads. Each operation validates and checks permissions first, then writes
/// the lead, its history entry and its outbox event in one transaction, checking the version.
/// </summary>
/// <remarks>
/// Ownership on creation: a SalesRep's new lead is their own unless they name themselves otherwise
/// (they may name only themselves); a SalesManager's or Admin's lead without an owner goes to the
/// assignment rules, as web-form leads do, so that managers capturing leads for the team do not end
/// up owning them.
/// </remarks>
internal sealed class LeadService(
    CrmDatabase database,
    LeadWriter writer,
    LeadFinder finder,
    DuplicateFinder duplicates,
    LeadImporter importer,
    OwnerAssignment assignment,
    SalesAccess access,
    IOutbox outbox,
    CustomFieldCreation customFields,
    ICurrentUser user,
    TimeProvider clock) : ILeadService
{
    public Task<LeadCreation> CreateAsync(LeadInput input, string? owner = null, CancellationToken cancellationToken = default) =>
        CreateAsync(input, owner, null, cancellationToken);

    /// <summary>Creates the lead with custom field values (invariant text by code), checked with its fields and written in its transaction.</summary>
    public async Task<LeadCreation> CreateAsync(LeadInput input, string? owner, IReadOnlyDictionary<string, string?>? customFieldValues, CancellationToken cancellationToken)
    {
        access.DemandSalesUser(Messages.ActionCreateLeads);
        var errors = new FieldErrors();
        var fields = LeadValidator.Validate(input, errors, "api");
        var ownerName = errors.Text("owner", owner, 100);
        var values = customFields.Validate(CustomFieldEntity.Lead, customFieldValues, errors);
        errors.ThrowIfAny();
        var chosen = ownerName ?? (user.IsInAnyRole(CrmRoles.SalesManager, CrmRoles.Admin) ? null : user.UserName);
        if (chosen is not null && !access.MayAssignTo(chosen))
        {
            throw new CrmPermissionException(string.Format(CultureInfo.CurrentCulture, Messages.LeadOwnerNotAllowed, chosen));
        }

        var now = clock.GetUtcNow();
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await assignment.PrepareAsync(connection, cancellationToken).ConfigureAwait(false);
        LeadRow row;
        await using (var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false))
        {
            var assigned = chosen ?? await assignment.AssignAsync(connection, transaction, fields.Country, fields.PostalCode, cancellationToken).ConfigureAwait(false);
            row = await writer.InsertAsync(connection, transaction, fields, assigned, user.UserName, now, values, cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        var candidates = await duplicates.FindAsync(connection, fields, row.Id, cancellationToken).ConfigureAwait(false);
        return new LeadCreation(row.ToLead(), candidates);
    }

    public async Task<Lead> GetAsync(long id, CancellationToken cancellationToken = default)
    {
        access.DemandSalesUser(Messages.ActionReadLeads);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var row = await LoadAsync(connection, null, id, cancellationToken).ConfigureAwait(false);
        return row.ToLead();
    }

    public Task<Page<Lead>> FindAsync(LeadQuery query, CancellationToken cancellationToken = default) =>
        FindAsync(query, null, cancellationToken);

    /// <summary>The lead list, narrowed by custom field values.</summary>
    public Task<Page<Lead>> FindAsync(LeadQuery query, IReadOnlyList<CustomFieldFilter>? customFieldFilters, CancellationToken cancellationToken)
    {
        access.DemandSalesUser(Messages.ActionListLeads);
        return finder.FindAsync(query, customFieldFilters, cancellationToken);
    }

    public async Task<IReadOnlyList<LeadHistoryEntry>> GetHistoryAsync(long id, CancellationToken cancellationToken = default)
    {
        access.DemandSalesUser(Messages.ActionReadLeads);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await LoadAsync(connection, null, id, cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<LeadHistoryRow>(new CommandDefinition(LeadSql.History, new { id }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return [.. rows.Select(r => r.ToEntry())];
    }

    public async Task<Lead> UpdateAsync(long id, LeadInput input, int version, CancellationToken cancellationToken = default)
    {
        access.DemandSalesUser(Messages.ActionUpdateLeads);
        var errors = new FieldErrors();
        var fields = LeadValidator.Validate(input, errors, "api");
        errors.ThrowIfAny();
        return await ChangeAsync(id, version, (row, now) =>
        {
            DemandWorkable(row);

            // A lead keeps where it came from unless the caller names another source.
            row.Apply(input.Source is null ? fields with { Source = row.Source } : fields);
            return new Change("Updated", null, lead => [new LeadUpdated(lead) { EventId = Guid.NewGuid(), OccurredAt = now }]);
        }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<Lead> ChangeStatusAsync(long id, LeadStatus status, string? reason, int version, CancellationToken cancellationToken = default)
    {
        access.DemandSalesUser(Messages.ActionWorkLeads);
        var errors = new FieldErrors();
        var cleanReason = errors.Text("reason", reason, 500, required: status == LeadStatus.Disqualified, multiLine: true);
        if (!Enum.IsDefined(status))
        {
            errors.Add("status", string.Format(CultureInfo.CurrentCulture, Messages.OneOf, string.Join(", ", Enum.GetNames<LeadStatus>())));
        }

        errors.ThrowIfAny();
        return await ChangeAsync(id, version, (row, now) =>
        {
            var from = row.StatusValue;
            if (!LeadLifecycle.CanMove(from, status))
            {
                var allowed = LeadLifecycle.NextFrom(from);
                throw new CrmValidationException("status", allowed.Count == 0
                    ? string.Format(CultureInfo.CurrentCulture, Messages.LeadStatusFinal, from)
                    : string.Format(CultureInfo.CurrentCulture, Messages.LeadStatusMove, from, string.Join(", ", allowed), status));
            }

            row.Status = status.ToString();
            row.DisqualifiedReason = status == LeadStatus.Disqualified ? cleanReason : null;
            var text = cleanReason is null ? $"{from} → {status}." : $"{from} → {status}: {cleanReason}";
            return new Change("StatusChanged", text, lead => [new LeadStatusChanged(lead, from, status, cleanReason) { EventId = Guid.NewGuid(), OccurredAt = now }]);
        }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<Lead> AssignAsync(long id, string? owner, int version, CancellationToken cancellationToken = default)
    {
        access.DemandSalesUser(Messages.ActionAssignLeads);
        var errors = new FieldErrors();
        var ownerName = errors.Text("owner", owner, 100);
        errors.ThrowIfAny();
        if (ownerName is null ? !access.SeesUnowned : !access.MayAssignTo(ownerName))
        {
            throw new CrmPermissionException(ownerName is null ? Messages.LeadUnownedNotAllowed : string.Format(CultureInfo.CurrentCulture, Messages.LeadOwnerNotAllowed, ownerName));
        }

        return await ChangeAsync(id, version, (row, now) =>
        {
            DemandWorkable(row);
            var previous = row.Owner;
            row.Owner = ownerName;
            return new Change("Assigned", $"{previous ?? "nobody"} → {ownerName ?? "nobody"}.", lead => [new LeadUpdated(lead) { EventId = Guid.NewGuid(), OccurredAt = now }]);
        }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<Lead> MergeAsync(long survivorId, int survivorVersion, long mergedId, int mergedVersion, CancellationToken cancellationToken = default)
    {
        access.DemandSalesUser(Messages.ActionMergeLeads);
        if (survivorId == mergedId)
        {
            throw new CrmValidationException("mergedId", Messages.LeadMergeSelf);
        }

        var now = clock.GetUtcNow();
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var survivor = await LoadAsync(connection, transaction, survivorId, cancellationToken).ConfigureAwait(false);
        var merged = await LoadAsync(connection, transaction, mergedId, cancellationToken).ConfigureAwait(false);
        DemandVersion(survivor, survivorVersion);
        DemandVersion(merged, mergedVersion);
        DemandWorkable(survivor);
        DemandWorkable(merged);

        LeadMerge.TakeOver(survivor, merged);
        Stamp(survivor, now);
        merged.Status = nameof(LeadStatus.Merged);
        merged.MergedIntoId = survivor.Id;
        Stamp(merged, now);
        await LeadWriter.UpdateAsync(connection, transaction, survivor, survivorVersion, cancellationToken).ConfigureAwait(false);
        await LeadWriter.UpdateAsync(connection, transaction, merged, mergedVersion, cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(LeadSql.RepointMerged, new { survivor = survivor.Id, merged = merged.Id }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        await LeadWriter.AddHistoryAsync(connection, transaction, survivor.Id, now, user.UserName, "Merged", $"Lead {merged.Id} ({merged.Company ?? merged.ContactName}) was merged into this lead.", cancellationToken).ConfigureAwait(false);
        await LeadWriter.AddHistoryAsync(connection, transaction, merged.Id, now, user.UserName, "MergedInto", $"Merged into lead {survivor.Id}.", cancellationToken).ConfigureAwait(false);
        var lead = survivor.ToLead();
        await outbox.EnqueueAsync(connection, transaction, new LeadsMerged(lead, merged.Id) { EventId = Guid.NewGuid(), OccurredAt = now }, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return lead;
    }

    public async Task<IReadOnlyList<LeadDuplicate>> FindDuplicatesAsync(LeadInput input, CancellationToken cancellationToken = default)
    {
        access.DemandSalesUser(Messages.ActionCheckLeadsForDuplicates);
        var errors = new FieldErrors();
        var fields = LeadValidator.Validate(input, errors, "api", complete: false);
        if (LeadKeys.Of(fields).IsEmpty)
        {
            errors.Add("email", Messages.DuplicateCheckNeedsKey);
        }

        errors.ThrowIfAny();
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await duplicates.FindAsync(connection, fields, null, cancellationToken).ConfigureAwait(false);
    }

    public Task<LeadImportResult> ImportAsync(string csv, LeadImportOptions options, CancellationToken cancellationToken = default)
    {
        access.DemandSalesUser(Messages.ActionImportLeads);
        return importer.ImportAsync(csv, options, cancellationToken);
    }

    private sealed record Change(string Kind, string? Text, Func<Lead, IReadOnlyList<CrmEvent>> Events);

    // Load, check access and version, apply, write back with the version check, record the history
    // entry and the events: one transaction. A stale version writes nothing and reports a conflict.
    private async Task<Lead> ChangeAsync(long id, int version, Func<LeadRow, DateTimeOffset, Change> apply, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var row = await LoadAsync(connection, transaction, id, cancellationToken).ConfigureAwait(false);
        DemandVersion(row, version);
        var change = apply(row, now);
        Stamp(row, now);
        await LeadWriter.UpdateAsync(connection, transaction, row, version, cancellationToken).ConfigureAwait(false);
        await LeadWriter.AddHistoryAsync(connection, transaction, row.Id, now, user.UserName, change.Kind, change.Text, cancellationToken).ConfigureAwait(false);
        var lead = row.ToLead();
        foreach (var crmEvent in change.Events(lead))
        {
            await outbox.EnqueueAsync(connection, transaction, crmEvent, cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return lead;
    }

    private void Stamp(LeadRow row, DateTimeOffset now)
    {
        row.UpdatedAt = DbValues.ToUtcParameter(now);
        row.UpdatedBy = user.UserName;
        row.Version++;
    }

    // Reads the lead and checks the user may work it; someone else's lead is refused, not hidden,
    // as the rest of the sales API does.
    private async Task<LeadRow> LoadAsync(DbConnection connection, DbTransaction? transaction, long id, CancellationToken cancellationToken)
    {
        var row = await connection.QuerySingleOrDefaultAsync<LeadRow>(new CommandDefinition(LeadSql.ById, new { id }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false)
            ?? throw new CrmNotFoundException("lead", Key(id));
        access.DemandWork(row.Owner, "lead", Key(id));
        return row;
    }

    private static void DemandVersion(LeadRow row, int version)
    {
        if (row.Version != version)
        {
            throw new CrmConflictException("lead", Key(row.Id), version);
        }
    }

    private static void DemandWorkable(LeadRow row)
    {
        if (!LeadLifecycle.IsWorkable(row.StatusValue))
        {
            throw new CrmValidationException("status", string.Format(CultureInfo.CurrentCulture, Messages.LeadClosed, row.Id, row.Status));
        }
    }

    private static string Key(long id) => id.ToString(CultureInfo.InvariantCulture);
}
