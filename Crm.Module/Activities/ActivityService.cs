using System.Data.Common;
using System.Globalization;
using Crm.Abstractions.Activities;
using Crm.Abstractions.Common;
using Crm.Abstractions.CustomFields;
using Crm.Abstractions.Extensibility;
using Crm.Abstractions.Security;
using Crm.Module.Accounts;
using Crm.Module.CustomFields;
using Crm.Module.Data;
using Crm.Module.Erp.Mapping;
using Crm.Module.Events;
using Crm.Module.Sales;
using Crm.Module.Validation;
using Dapper;

namespace Crm.Module.Activities;

/// <summary>
/// Planning and doing activities. Each operation validates and checks permissions first, then
/// writes the activity (and the one its type chains to) and the events in one transaction.
/// </summary>
internal sealed class ActivityService(
    CrmDatabase database,
    ErpViews views,
    ActivitySql sql,
    AccountSql accountSql,
    ActivityTypes types,
    SalesAccess salesAccess,
    IOutbox outbox,
    CustomFieldCreation customFields,
    CustomFieldFilters customFieldFilters,
    ICurrentUser user,
    TimeProvider clock) : IActivityService
{
    public IReadOnlyList<ActivityType> Types => types.All;

    public Task<Activity> PlanAsync(PlanActivity request, CancellationToken cancellationToken = default) =>
        PlanAsync(request, null, cancellationToken);

    /// <summary>Plans the activity with custom field values (invariant text by code), checked with its fields and written in its transaction.</summary>
    public async Task<Activity> PlanAsync(PlanActivity request, IReadOnlyDictionary<string, string?>? customFieldValues, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        DemandWork();
        var errors = new FieldErrors();
        var type = errors.Text("type", request.Type, 50, required: true);
        if (type is not null && types.Find(type) is null)
        {
            errors.Add("type", string.Format(CultureInfo.CurrentCulture, Messages.OneOf, string.Join(", ", types.All.Select(t => t.Code))));
        }

        var (subject, notes) = CheckDetails(errors, request.Subject, request.Notes, request.DurationMinutes);
        var accountKey = errors.Text("accountKey", request.AccountKey, 100, required: request.LeadId is null && request.OpportunityId is null);
        var assignee = errors.Text("assignee", request.Assignee, 100) ?? user.UserName;
        var inquiry = errors.Text("inquiryNumber", request.InquiryNumber, 30);
        var values = customFields.Validate(CustomFieldEntity.Activity, customFieldValues, errors);

        errors.ThrowIfAny();
        var now = clock.GetUtcNow();
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var crmKey = await SalesRecordAccountAsync(connection, request.LeadId, request.OpportunityId, cancellationToken).ConfigureAwait(false);
        if (accountKey is not null)
        {
            var (accountParameter, givenKey) = AccountAccess.ParseKey(views, accountKey);
            await AccountAccess.DemandExistsAsync(connection, accountSql, accountParameter, accountKey, cancellationToken).ConfigureAwait(false);
            if (crmKey is not null && crmKey != givenKey)
            {
                throw new CrmValidationException("accountKey", string.Format(CultureInfo.CurrentCulture, Messages.ActivityOpportunityOtherAccount, request.OpportunityId, crmKey, accountKey));
            }

            crmKey = givenKey;
        }

        if (inquiry is not null)
        {
            var inquiryAccount = await connection.ExecuteScalarAsync<string?>(new CommandDefinition(ActivitySql.InquiryAccount, new { number = inquiry }, cancellationToken: cancellationToken)).ConfigureAwait(false);
            if (inquiryAccount != crmKey)
            {
                throw new CrmValidationException("inquiryNumber", inquiryAccount is null ? string.Format(CultureInfo.CurrentCulture, Messages.InquiryNotFound, inquiry) : string.Format(CultureInfo.CurrentCulture, Messages.InquiryOfOtherAccount, inquiry));
            }
        }

        var row = ActivityRow.Open(type!, subject!, notes, new ActivityRegarding(crmKey, inquiry, request.LeadId, request.OpportunityId), request.DueAt, request.DurationMinutes, assignee, null, user.UserName, now);
        row.ReminderAt = request.ReminderAt is { } reminder ? DbValues.ToUtcParameter(reminder) : null;
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var activity = await InsertAsync(connection, transaction, row, values, now, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return activity;
    }

    public async Task<Activity> GetAsync(long id, CancellationToken cancellationToken = default)
    {
        DemandWork();
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var row = await LoadAsync(connection, null, id, cancellationToken).ConfigureAwait(false);
        await DemandReadAsync(connection, row, cancellationToken).ConfigureAwait(false);
        return row.ToActivity();
    }

    public async Task<ActivityCompletion> CompleteAsync(long id, string? outcome, int version, CancellationToken cancellationToken = default)
    {
        DemandWork();
        var errors = new FieldErrors();
        var cleanOutcome = errors.Text("outcome", outcome, 4000, multiLine: true);
        errors.ThrowIfAny();
        var now = clock.GetUtcNow();
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var row = await CloseAsync(connection, transaction, id, version, ActivityStatus.Done, cleanOutcome, now, cancellationToken).ConfigureAwait(false);
        var completed = row.ToActivity();
        await outbox.EnqueueAsync(connection, transaction, new ActivityCompleted(completed) { EventId = Guid.NewGuid(), OccurredAt = now }, cancellationToken).ConfigureAwait(false);

        // The type's automatic next step, planned for the same assignee in the same transaction.
        var type = types.Find(row.Type);
        Activity? next = null;
        if (type?.AutoNext is { } nextType)
        {
            var baseMoment = type.AutoNextFromDeadline && completed.DueAt is { } deadline ? deadline : now;
            var subject = "Follow-up: " + row.Subject;
            var nextRow = ActivityRow.Open(nextType, subject.Length > 200 ? subject[..200] : subject, null, row.Regarding, baseMoment + (type.AutoNextDelay ?? TimeSpan.Zero), null, row.Assignee, row.Id, user.UserName, now);
            next = await InsertAsync(connection, transaction, nextRow, CustomFieldCreation.NoValues, now, cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new ActivityCompletion(completed, next, type?.SuggestedNext ?? []);
    }

    public async Task<Activity> CancelAsync(long id, string? reason, int version, CancellationToken cancellationToken = default)
    {
        DemandWork();
        var errors = new FieldErrors();
        var cleanReason = errors.Text("reason", reason, 4000, multiLine: true);
        errors.ThrowIfAny();
        var now = clock.GetUtcNow();
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var cancelled = (await CloseAsync(connection, transaction, id, version, ActivityStatus.Cancelled, cleanReason, now, cancellationToken).ConfigureAwait(false)).ToActivity();
        await outbox.EnqueueAsync(connection, transaction, new ActivityCancelled(cancelled) { EventId = Guid.NewGuid(), OccurredAt = now }, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return cancelled;
    }

    public async Task<Activity> EditAsync(long id, EditActivity changes, int version, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        DemandWork();
        var errors = new FieldErrors();
        var (subject, notes) = CheckDetails(errors, changes.Subject, changes.Notes, changes.DurationMinutes);
        errors.ThrowIfAny();
        var now = clock.GetUtcNow();
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var row = await LoadForChangeAsync(connection, transaction, id, version, "edit", cancellationToken).ConfigureAwait(false);
        var previousReminder = DbValues.ToNullableUtc(row.ReminderAt);
        row.Subject = subject!;
        row.Notes = notes;
        row.DueAt = changes.DueAt is { } due ? DbValues.ToUtcParameter(due) : null;
        row.DurationMinutes = changes.DurationMinutes;
        row.ReminderAt = changes.ReminderAt is { } reminder ? DbValues.ToUtcParameter(reminder) : null;
        row.UpdatedAt = DbValues.ToUtcParameter(now);
        row.UpdatedBy = user.UserName;
        row.Version = version + 1;
        await WriteAsync(connection, transaction, ActivitySql.Edit, row, version, cancellationToken).ConfigureAwait(false);
        var activity = row.ToActivity();
        await outbox.EnqueueAsync(connection, transaction, new ActivityEdited(activity, previousReminder, user.UserName) { EventId = Guid.NewGuid(), OccurredAt = now }, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return activity;
    }

    public async Task<Activity> ReassignAsync(long id, string assignee, int version, CancellationToken cancellationToken = default)
    {
        DemandWork();
        var errors = new FieldErrors();
        var newAssignee = errors.Text("assignee", assignee, 100, required: true);
        errors.ThrowIfAny();
        var now = clock.GetUtcNow();
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var row = await LoadForChangeAsync(connection, transaction, id, version, "reassign", cancellationToken).ConfigureAwait(false);
        var previous = row.Assignee;
        row.Assignee = newAssignee!;
        row.UpdatedAt = DbValues.ToUtcParameter(now);
        row.UpdatedBy = user.UserName;
        row.Version = version + 1;
        await WriteAsync(connection, transaction, ActivitySql.Reassign, row, version, cancellationToken).ConfigureAwait(false);
        var activity = row.ToActivity();
        await outbox.EnqueueAsync(connection, transaction, new ActivityReassigned(activity, previous, user.UserName) { EventId = Guid.NewGuid(), OccurredAt = now }, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return activity;
    }

    public Task<Page<Activity>> MyWorkAsync(PageRequest page, CancellationToken cancellationToken = default) =>
        MyWorkAsync(page, null, cancellationToken);

    /// <summary>The user's open work, narrowed by custom field values.</summary>
    public async Task<Page<Activity>> MyWorkAsync(PageRequest page, IReadOnlyList<CustomFieldFilter>? filters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        DemandWork();
        var parameters = new DynamicParameters(new { me = user.UserName, skip = page.Offset, take = page.PageSize });
        var conditions = customFieldFilters.Conditions(CustomFieldEntity.Activity, "a.id", filters ?? [], parameters);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(sql.MyWork(conditions), parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
        var total = await results.ReadSingleAsync<long>().ConfigureAwait(false);
        var rows = await results.ReadAsync<ActivityRow>().ConfigureAwait(false);
        return new Page<Activity>([.. rows.Select(r => r.ToActivity())], page.Page, page.PageSize, total);
    }

    // A lead or an opportunity must exist and be the user's to work; an opportunity lends its account.
    private async Task<string?> SalesRecordAccountAsync(DbConnection connection, long? leadId, long? opportunityId, CancellationToken cancellationToken)
    {
        string? accountKey = null;
        foreach (var (id, kind, field, statement) in new[] { (leadId, "lead", "leadId", ActivitySql.LeadOwner), (opportunityId, "opportunity", "opportunityId", ActivitySql.OpportunityOwner) })
        {
            if (id is null)
            {
                continue;
            }

            var record = await connection.QuerySingleOrDefaultAsync<SalesRecord>(new CommandDefinition(statement, new { id }, cancellationToken: cancellationToken)).ConfigureAwait(false)
                ?? throw new CrmValidationException(field, string.Format(CultureInfo.CurrentCulture, Messages.RecordNotFoundById, kind, id));
            if (record.MergedInto is { } survivor)
            {
                throw new CrmValidationException(field, string.Format(CultureInfo.CurrentCulture, Messages.RecordMerged, kind, id, survivor));
            }

            salesAccess.DemandWork(record.Owner, kind, id.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
            accountKey ??= record.AccountKey;
        }

        return accountKey;
    }

    // An activity about a lead or an opportunity is part of that record: besides its assignee only
    // who may work the record reads it, else any id would show another rep's lead work. (An account's
    // activities are on the account's timeline for every role anyway.)
    private async Task DemandReadAsync(DbConnection connection, ActivityRow row, CancellationToken cancellationToken)
    {
        if (string.Equals(row.Assignee, user.UserName, StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        foreach (var (id, kind, statement) in new[] { (row.LeadId, "lead", ActivitySql.LeadOwner), (row.OpportunityId, "opportunity", ActivitySql.OpportunityOwner) })
        {
            if (id is null)
            {
                continue;
            }

            var record = await connection.QuerySingleOrDefaultAsync<SalesRecord>(new CommandDefinition(statement, new { id }, cancellationToken: cancellationToken)).ConfigureAwait(false);
            if (record is not null)
            {
                salesAccess.DemandWork(record.Owner, kind, id.Value.ToString(CultureInfo.InvariantCulture));
            }
        }
    }

    // Custom field values are written before the event, so before-change handlers see them.
    private async Task<Activity> InsertAsync(
        DbConnection connection, DbTransaction transaction, ActivityRow row, IReadOnlyDictionary<string, CustomFieldValue?> customFieldValues, DateTimeOffset now, CancellationToken cancellationToken)
    {
        row.Id = await connection.ExecuteScalarAsync<long>(new CommandDefinition(sql.Insert, row, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        var activity = row.ToActivity();
        await customFields.WriteAsync(connection, transaction, CustomFieldEntity.Activity, activity.Id.ToString(CultureInfo.InvariantCulture), customFieldValues, cancellationToken).ConfigureAwait(false);
        await outbox.EnqueueAsync(connection, transaction, new ActivityPlanned(activity) { EventId = Guid.NewGuid(), OccurredAt = now }, cancellationToken).ConfigureAwait(false);
        return activity;
    }

    // Done or cancelled: only from Open, only by the assignee, a SalesManager or an Admin, and only
    // when the stored version is still the one the caller read.
    private async Task<ActivityRow> CloseAsync(DbConnection connection, DbTransaction transaction, long id, int version, ActivityStatus status, string? outcome, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var row = await LoadForChangeAsync(connection, transaction, id, version, "close", cancellationToken).ConfigureAwait(false);
        row.Status = status.ToString();
        row.Outcome = outcome;
        row.CompletedAt = DbValues.ToUtcParameter(now);
        row.UpdatedAt = DbValues.ToUtcParameter(now);
        row.UpdatedBy = user.UserName;
        row.Version = version + 1;
        await WriteAsync(connection, transaction, ActivitySql.Close, row, version, cancellationToken).ConfigureAwait(false);
        return row;
    }

    private async Task<ActivityRow> LoadForChangeAsync(DbConnection connection, DbTransaction transaction, long id, int version, string action, CancellationToken cancellationToken)
    {
        var row = await LoadAsync(connection, transaction, id, cancellationToken).ConfigureAwait(false);
        if (!string.Equals(row.Assignee, user.UserName, StringComparison.OrdinalIgnoreCase) && !user.IsInAnyRole(CrmRoles.SalesManager, CrmRoles.Admin))
        {
            throw new CrmPermissionException(string.Format(CultureInfo.CurrentCulture, Messages.ActivityChangeNotAllowed, row.Assignee, action, id));
        }

        if (row.Version != version)
        {
            throw new CrmConflictException("activity", id.ToString(System.Globalization.CultureInfo.InvariantCulture), version);
        }

        return row.Status == nameof(ActivityStatus.Open)
            ? row
            : throw new CrmValidationException("status", string.Format(CultureInfo.CurrentCulture, Messages.ActivityNotOpen, id, row.Status));
    }

    private static async Task WriteAsync(DbConnection connection, DbTransaction transaction, string statement, ActivityRow row, int expectedVersion, CancellationToken cancellationToken)
    {
        var parameters = new DynamicParameters(row);
        parameters.Add("ExpectedVersion", expectedVersion);
        if (await connection.ExecuteAsync(new CommandDefinition(statement, parameters, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false) != 1)
        {
            throw new CrmConflictException("activity", row.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), expectedVersion);
        }
    }

    private static async Task<ActivityRow> LoadAsync(DbConnection connection, DbTransaction? transaction, long id, CancellationToken cancellationToken) =>
        await connection.QuerySingleOrDefaultAsync<ActivityRow>(new CommandDefinition(ActivitySql.ById, new { id }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false)
            ?? throw new CrmNotFoundException("activity", id.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static (string? Subject, string? Notes) CheckDetails(FieldErrors errors, string? subject, string? notes, int? durationMinutes)
    {
        if (durationMinutes is < 1 or > 1440)
        {
            errors.Add("durationMinutes", Messages.DurationMinutes);
        }

        return (errors.Text("subject", subject, 200, required: true), errors.Text("notes", notes, 4000, multiLine: true));
    }

    private void DemandWork() =>
        user.Demand(Messages.ActionWorkActivities, CrmRoles.OrderClerk, CrmRoles.SalesRep, CrmRoles.SalesManager, CrmRoles.Finance, CrmRoles.Admin);

    private sealed class SalesRecord
    {
        public string? AccountKey { get; set; }

        public string? Owner { get; set; }

        public long? MergedInto { get; set; }
    }
}
