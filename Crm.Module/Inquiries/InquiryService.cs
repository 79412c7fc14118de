using System.Data.Common;
using System.Globalization;
using Crm.Abstractions.Common;
using Crm.Abstractions.CustomFields;
using Crm.Abstractions.Inquiries;
using Crm.Abstractions.Security;
using Crm.Module.Accounts;
using Crm.Module.CustomFields;
using Crm.Module.Data;
using Crm.Module.Erp.Mapping;
using Crm.Abstractions.Extensibility;
using Crm.Module.Events;
using Crm.Module.Inquiries.Routing;
using Crm.Module.Validation;
using Dapper;

namespace Crm.Module.Inquiries;

/// <summary>
/// Logging and working inquiries. Each operation validates and checks permissions first, then
/// writes the inquiry, its timeline entry and its outbox event in one transaction.
/// </summary>
internal sealed class InquiryService(
    CrmDatabase database,
    ErpViews views,
    InquirySql sql,
    InquiryCategories categories,
    InquiryTeams teams,
    InquiryRouter router,
    PluginRoutingRules pluginRouting,
    InquiryTargets targets,
    InquiryFinder finder,
    IOutbox outbox,
    CustomFieldCreation customFields,
    ICurrentUser user,
    TimeProvider clock) : IInquiryService
{
    public IReadOnlyList<InquiryCategory> Categories => categories.All;

    public Task<Inquiry> LogAsync(LogInquiry request, CancellationToken cancellationToken = default) =>
        LogAsync(request, null, cancellationToken);

    /// <summary>Logs the inquiry with custom field values (invariant text by code), checked with its fields and written in its transaction.</summary>
    public async Task<Inquiry> LogAsync(LogInquiry request, IReadOnlyDictionary<string, string?>? customFieldValues, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        DemandWork();
        var errors = new FieldErrors();
        var accountKey = errors.Text("accountKey", request.AccountKey, 100, required: true);
        var subject = errors.Text("subject", request.Subject, 200, required: true);
        var text = errors.Text("text", request.Text, 4000, multiLine: true);
        var contact = errors.Text("contactName", request.ContactName, 200);
        var orderKey = errors.Text("orderKey", request.OrderKey, 100);
        var invoiceKey = errors.Text("invoiceKey", request.InvoiceKey, 100);
        var category = categories.Find(errors.Text("category", request.Category, 50) ?? InquiryCategories.General);
        if (category is null)
        {
            errors.Add("category", string.Format(CultureInfo.CurrentCulture, Messages.OneOf, string.Join(", ", categories.All.Select(c => c.Code))));
        }

        if (!Enum.IsDefined(request.Channel))
        {
            errors.Add("channel", string.Format(CultureInfo.CurrentCulture, Messages.OneOf, string.Join(", ", Enum.GetNames<InquiryChannel>())));
        }

        if (request.Priority is { } p && !Enum.IsDefined(p))
        {
            errors.Add("priority", string.Format(CultureInfo.CurrentCulture, Messages.OneOf, string.Join(", ", Enum.GetNames<InquiryPriority>())));
        }

        var values = customFields.Validate(CustomFieldEntity.Inquiry, customFieldValues, errors);
        errors.ThrowIfAny();

        var (accountParameter, crmKey) = AccountAccess.ParseKey(views, accountKey!);
        var now = clock.GetUtcNow();
        var priority = request.Priority ?? category!.DefaultPriority;
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);

        // Reads first, outside the transaction: the ERP facts and the duplicate guard. The account
        // check and its owner are one statement (one round trip on a server).
        var account = await connection.QuerySingleAsync<AccountFacts>(new CommandDefinition(sql.AccountFacts, accountParameter.With(new { crmKey }), cancellationToken: cancellationToken)).ConfigureAwait(false);
        if (account.Found == 0)
        {
            throw new CrmNotFoundException("account", accountKey!);
        }

        var owner = account.Owner;

        var order = orderKey is null ? null : await LinkedKeyAsync(connection, sql.OrderAccount, "orderKey", views.OrderKey, orderKey, crmKey, "order", cancellationToken).ConfigureAwait(false);
        var invoice = invoiceKey is null ? null : await LinkedKeyAsync(connection, sql.InvoiceAccount, "invoiceKey", views.InvoiceKey, invoiceKey, crmKey, "invoice", cancellationToken).ConfigureAwait(false);
        if (order is not null && !request.AllowDuplicate)
        {
            var open = (await connection.QueryAsync<string>(new CommandDefinition(sql.OpenForSameOrder, new { accountKey = crmKey, orderKey = order, open = OpenStatusNames }, cancellationToken: cancellationToken)).ConfigureAwait(false)).ToList();
            if (open.Count > 0)
            {
                throw new CrmDuplicateException("inquiry", open);
            }
        }

        var pluginRoute = await pluginRouting.DecideAsync(
            new InquiryRoutingRequest(crmKey, category!.Code, priority, request.Channel, owner, order, invoice, values.Where(v => v.Value is not null).ToDictionary(v => v.Key, v => v.Value!.Text, StringComparer.Ordinal)),
            cancellationToken).ConfigureAwait(false);
        var numberSequence = "inquiry:" + now.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var (firstResponse, resolution) = targets.Start(now, priority, category!.Code);

        // The counters' row locks (the gap-free number, the round robin) and then the audit head's
        // are held to the commit, and concurrent logs queue behind them: everything that can be
        // done before them is.
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var sequenceValue = await Sequences.TakeAsync(connection, transaction, sql.Dialect, numberSequence, cancellationToken).ConfigureAwait(false);
        var number = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"INQ-{now.Year}-{sequenceValue:000000}");
        var route = await router.RouteAsync(connection, transaction, category, owner, pluginRoute, cancellationToken).ConfigureAwait(false);
        var row = new InquiryRow
        {
            Number = number,
            AccountKey = crmKey,
            Subject = subject!,
            Body = text,
            Channel = request.Channel.ToString(),
            ContactName = contact,
            OrderKey = order,
            InvoiceKey = invoice,
            Category = category.Code,
            Priority = priority.ToString(),
            Status = nameof(InquiryStatus.New),
            Team = route.Team,
            Assignee = route.Assignee,
            DueDate = request.DueDate is { } due ? DbValues.ToParameter(due) : null,
            CreatedAt = DbValues.ToUtcParameter(now),
            CreatedBy = user.UserName,
            UpdatedAt = DbValues.ToUtcParameter(now),
            UpdatedBy = user.UserName,
            Version = 1,
        };
        firstResponse.WriteTo(row, InquiryTargetKind.FirstResponse);
        resolution.WriteTo(row, InquiryTargetKind.Resolution);
        row.Id = await connection.ExecuteScalarAsync<long>(new CommandDefinition(sql.Insert, row, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        await customFields.WriteAsync(connection, transaction, CustomFieldEntity.Inquiry, number, values, cancellationToken).ConfigureAwait(false);
        await AddTimelineAsync(connection, transaction, row.Id, now, "Logged", null, InquiryStatus.New, route.Team, route.Assignee, null, cancellationToken).ConfigureAwait(false);
        var inquiry = InquiryMapper.ToInquiry(row, now);
        CrmEvent logged = new InquiryLogged(inquiry) { EventId = Guid.NewGuid(), OccurredAt = now };
        CrmEvent[] events = route.Assignee is not null || route.Team is not null
            ? [logged, new InquiryAssigned(number, route.Team, route.Assignee, null, null) { EventId = Guid.NewGuid(), OccurredAt = now }]
            : [logged];
        await outbox.EnqueueAsync(connection, transaction, events, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return inquiry;
    }

    public async Task<Inquiry> GetAsync(string number, CancellationToken cancellationToken = default)
    {
        DemandWork();
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return InquiryMapper.ToInquiry(await LoadAsync(connection, null, number, cancellationToken).ConfigureAwait(false), clock.GetUtcNow());
    }

    public async Task<IReadOnlyList<InquiryTimelineEntry>> GetTimelineAsync(string number, CancellationToken cancellationToken = default)
    {
        DemandWork();
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var row = await LoadAsync(connection, null, number, cancellationToken).ConfigureAwait(false);
        var entries = await connection.QueryAsync<TimelineRow>(new CommandDefinition(InquirySql.Timeline, new { id = row.Id }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return [.. entries.Select(e => e.ToEntry())];
    }

    public async Task<Inquiry> ChangeStatusAsync(string number, InquiryStatus status, int version, string? note, CancellationToken cancellationToken = default)
    {
        DemandWork();
        var errors = new FieldErrors();
        var cleanNote = errors.Text("note", note, 4000, required: status == InquiryStatus.Resolved, multiLine: true);
        if (!Enum.IsDefined(status))
        {
            errors.Add("status", string.Format(CultureInfo.CurrentCulture, Messages.OneOf, string.Join(", ", Enum.GetNames<InquiryStatus>())));
        }

        errors.ThrowIfAny();
        return await ChangeAsync(number, version, (row, now) =>
        {
            var from = Enum.Parse<InquiryStatus>(row.Status);
            if (!InquiryLifecycle.CanMove(from, status))
            {
                throw new CrmValidationException("status", string.Format(CultureInfo.CurrentCulture, Messages.InquiryStatusMove, from, string.Join(", ", InquiryLifecycle.NextFrom(from)), status));
            }

            if (InquiryLifecycle.NeedsCloser(from, status) && !MayClose(row))
            {
                throw new CrmPermissionException(string.Format(CultureInfo.CurrentCulture, status == InquiryStatus.Closed ? Messages.InquiryCloseNotAllowed : Messages.InquiryReopenNotAllowed, row.Team, row.Number));
            }

            targets.Apply(row, from, status, now);
            row.Status = status.ToString();
            if (status == InquiryStatus.Resolved)
            {
                row.ResolutionNote = cleanNote;
            }

            var changed = new InquiryStatusChanged(row.Number, from, status, cleanNote) { EventId = Guid.NewGuid(), OccurredAt = now };
            CrmEvent[] events = status == InquiryStatus.Resolved
                ? [changed, new InquiryResolved(row.Number, cleanNote!) { EventId = Guid.NewGuid(), OccurredAt = now }]
                : [changed];
            return new Change("StatusChanged", from, status, row.Team, row.Assignee, cleanNote, events);
        }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<Inquiry> CommentAsync(string number, string text, CancellationToken cancellationToken = default)
    {
        DemandWork();
        var errors = new FieldErrors();
        var comment = errors.Text("text", text, 4000, required: true, multiLine: true);
        errors.ThrowIfAny();

        // A comment needs no version: comments only add to the timeline. It is still written with
        // the version check, retried once on a race, so the first-response mark is never lost.
        for (var attempt = 0; ; attempt++)
        {
            int current;
            await using (var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false))
            {
                current = (await LoadAsync(connection, null, number, cancellationToken).ConfigureAwait(false)).Version;
            }

            try
            {
                return await ChangeAsync(number, current, (row, now) =>
                {
                    InquiryTargets.MeetFirstResponse(row, now);
                    CrmEvent[] events = [new InquiryCommented(row.Number, comment!, user.UserName) { EventId = Guid.NewGuid(), OccurredAt = now }];
                    return new Change("Comment", null, null, null, null, comment, events);
                }, cancellationToken).ConfigureAwait(false);
            }
            catch (CrmConflictException) when (attempt == 0)
            {
                // Someone changed the inquiry between our read and our write: read again.
            }
        }
    }

    public async Task<Inquiry> AssignAsync(string number, string? team, string? assignee, int version, CancellationToken cancellationToken = default)
    {
        DemandWork();
        var errors = new FieldErrors();
        var teamCode = errors.Text("team", team, 50);
        var userName = errors.Text("assignee", assignee, 100);
        var teamOptions = teams.Find(teamCode);
        if (teamCode is not null && teamOptions is null)
        {
            errors.Add("team", Messages.TeamNotConfigured);
        }

        if (teamOptions is not null && userName is not null && !teamOptions.Members.Contains(userName, StringComparer.OrdinalIgnoreCase) && !string.Equals(teamOptions.Manager, userName, StringComparison.OrdinalIgnoreCase))
        {
            errors.Add("assignee", string.Format(CultureInfo.CurrentCulture, Messages.NotTeamMember, teamCode));
        }

        errors.ThrowIfAny();
        return await ChangeAsync(number, version, (row, now) =>
        {
            var previousTeam = row.Team;
            var previousAssignee = row.Assignee;
            row.Team = teamCode;
            row.Assignee = userName;
            CrmEvent[] events = [new InquiryAssigned(row.Number, teamCode, userName, previousTeam, previousAssignee) { EventId = Guid.NewGuid(), OccurredAt = now }];
            return new Change("Assigned", null, null, teamCode, userName, null, events);
        }, cancellationToken).ConfigureAwait(false);
    }

    public Task<Page<Inquiry>> FindAsync(InquiryQuery query, CancellationToken cancellationToken = default) =>
        FindAsync(query, null, cancellationToken);

    /// <summary>The inquiry lists, narrowed by custom field values.</summary>
    public Task<Page<Inquiry>> FindAsync(InquiryQuery query, IReadOnlyList<CustomFieldFilter>? customFieldFilters, CancellationToken cancellationToken)
    {
        DemandWork();
        return finder.FindAsync(query, customFieldFilters, cancellationToken);
    }

    private static string[] OpenStatusNames { get; } = [.. InquiryLifecycle.OpenStatuses.Select(s => s.ToString())];

    // The account check's count and the owner. Properties, not a constructor: the count's type
    // differs by engine, and Dapper converts only into properties.
    private sealed class AccountFacts
    {
        public long Found { get; set; }

        public string? Owner { get; set; }
    }

    private sealed record Change(string Kind, InquiryStatus? From, InquiryStatus? To, string? Team, string? Assignee, string? Text, IReadOnlyList<CrmEvent> Events);

    // Load, apply, write back with the version check, record the timeline entry and the events:
    // one transaction. A stale version writes nothing and reports a conflict.
    private async Task<Inquiry> ChangeAsync(string number, int version, Func<InquiryRow, DateTimeOffset, Change> apply, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var row = await LoadAsync(connection, transaction, number, cancellationToken).ConfigureAwait(false);
        if (row.Version != version)
        {
            throw new CrmConflictException("inquiry", number, version);
        }

        var change = apply(row, now);
        row.UpdatedAt = DbValues.ToUtcParameter(now);
        row.UpdatedBy = user.UserName;
        row.Version = version + 1;
        var written = await connection.ExecuteAsync(new CommandDefinition(InquirySql.Update, WithExpectedVersion(row, version), transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        if (written != 1)
        {
            throw new CrmConflictException("inquiry", number, version);
        }

        await AddTimelineAsync(connection, transaction, row.Id, now, change.Kind, change.From, change.To, change.Team, change.Assignee, change.Text, cancellationToken).ConfigureAwait(false);
        await outbox.EnqueueAsync(connection, transaction, change.Events, cancellationToken).ConfigureAwait(false);

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return InquiryMapper.ToInquiry(row, now);
    }

    private static DynamicParameters WithExpectedVersion(InquiryRow row, int expectedVersion)
    {
        var parameters = new DynamicParameters(row);
        parameters.Add("ExpectedVersion", expectedVersion);
        return parameters;
    }

    private static async Task<InquiryRow> LoadAsync(DbConnection connection, DbTransaction? transaction, string number, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(number) || number.Length > 30 || number.Any(char.IsControl))
        {
            throw new CrmNotFoundException("inquiry", number ?? string.Empty);
        }

        return await connection.QuerySingleOrDefaultAsync<InquiryRow>(new CommandDefinition(InquirySql.ByNumber, new { number }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false)
            ?? throw new CrmNotFoundException("inquiry", number);
    }

    private async Task AddTimelineAsync(DbConnection connection, DbTransaction transaction, long inquiryId, DateTimeOffset at, string kind, InquiryStatus? from, InquiryStatus? to, string? team, string? assignee, string? text, CancellationToken cancellationToken) =>
        await connection.ExecuteAsync(new CommandDefinition(
            InquirySql.InsertTimeline,
            new { InquiryId = inquiryId, At = DbValues.ToUtcParameter(at), By = user.UserName, Kind = kind, FromStatus = from?.ToString(), ToStatus = to?.ToString(), Team = team, Assignee = assignee, Text = text },
            transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false);

    // The canonical key of a linked ERP order or invoice, after checking it exists and belongs to the account.
    private static async Task<string> LinkedKeyAsync(DbConnection connection, string statement, string field, ErpKey keyType, string key, string accountKey, string kind, CancellationToken cancellationToken)
    {
        var parameter = keyType.ToParameter(key) ?? throw new CrmValidationException(field, string.Format(CultureInfo.CurrentCulture, Messages.LinkedRecordNotFound, kind, key));
        var owner = await connection.ExecuteScalarAsync<object?>(new CommandDefinition(statement, parameter.With(new { }, field), cancellationToken: cancellationToken)).ConfigureAwait(false)
            ?? throw new CrmValidationException(field, string.Format(CultureInfo.CurrentCulture, Messages.LinkedRecordNotFound, kind, key));
        return ErpKey.FromDatabase(owner) == accountKey
            ? keyType.Canonical(key)
            : throw new CrmValidationException(field, string.Format(CultureInfo.CurrentCulture, Messages.LinkedRecordOfOtherAccount, kind, key));
    }

    private bool MayClose(InquiryRow row) =>
        user.IsInRole(CrmRoles.Admin)
        || string.Equals(row.Assignee, user.UserName, StringComparison.OrdinalIgnoreCase)
        || string.Equals(teams.Find(row.Team)?.Manager, user.UserName, StringComparison.OrdinalIgnoreCase);

    private void DemandWork() =>
        user.Demand(Messages.ActionWorkInquiries, CrmRoles.OrderClerk, CrmRoles.SalesRep, CrmRoles.SalesManager, CrmRoles.Finance, CrmRoles.Admin);
}
