using System.Data.Common;
using System.Globalization;
using Crm.Abstractions.Common;
using Crm.Abstractions.CustomFields;
using Crm.Abstractions.Extensibility;
using Crm.Abstractions.Sales;
using Crm.Abstractions.Security;
using Crm.Module.CustomFields;
using Crm.Module.Data;
using Crm.Module.Erp.Mapping;
using Crm.Module.Events;
using Crm.Module.Sales.Pipelines;
using Crm.Module.Validation;
using Dapper;

namespace Crm.Module.Sales.Opportunities;

/// <summary>
/// Working opportunities. Each operation validates and checks access first, then writes the row, its
/// history and its events in one transaction, only when the stored version is still the one read.
/// </summary>
internal sealed class OpportunityService(
    CrmDatabase database,
    ErpViews views,
    OpportunitySql sql,
    OpportunityWriter writer,
    OrderMatcher matcher,
    OpportunityBulkLoss bulkLoss,
    PipelineCatalog pipelines,
    SalesAccess access,
    IOutbox outbox,
    CustomFieldCreation customFields,
    CustomFieldFilters customFieldFilters,
    ICurrentUser user,
    TimeProvider clock) : IOpportunityService
{
    public Task<OpportunityCreated> CreateAsync(CreateOpportunity request, CancellationToken cancellationToken = default) =>
        CreateAsync(request, null, cancellationToken);

    /// <summary>Creates the opportunity with custom field values (invariant text by code), checked with its fields and written in its transaction.</summary>
    public async Task<OpportunityCreated> CreateAsync(CreateOpportunity request, IReadOnlyDictionary<string, string?>? customFieldValues, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var fields = customFields.Validate(CustomFieldEntity.Opportunity, customFieldValues, errors);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var values = await writer.PrepareAsync(connection, request, cancellationToken, errors: errors).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var created = await writer.InsertAsync(connection, transaction, values, fields, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return created;
    }

    public async Task<Opportunity> GetAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return (await LoadVisibleAsync(connection, null, id, cancellationToken).ConfigureAwait(false)).ToOpportunity();
    }

    public Task<Page<Opportunity>> ListAsync(OpportunityQuery query, CancellationToken cancellationToken = default) =>
        ListAsync(query, null, cancellationToken);

    /// <summary>The opportunity list, narrowed by custom field values.</summary>
    public async Task<Page<Opportunity>> ListAsync(OpportunityQuery query, IReadOnlyList<CustomFieldFilter>? filters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        access.DemandSalesUser(Messages.ActionReadOpportunities);
        var where = new List<string>();
        var parameters = new DynamicParameters(new { skip = query.Page.Offset, take = query.Page.PageSize });
        if (access.VisibleOwners is { } owners)
        {
            where.Add(sql.InList("o.owner", "@visibleOwners"));
            parameters.Add("visibleOwners", owners.ToArray());
        }

        AddFilter(where, parameters, "o.pipeline", "pipeline", query.PipelineCode);
        AddFilter(where, parameters, "o.stage", "stage", query.StageCode);
        AddFilter(where, parameters, "o.owner", "owner", query.Owner);
        AddFilter(where, parameters, "o.status", "status", query.Status?.ToString());
        if (query.AccountKey is { } accountKey)
        {
            AddFilter(where, parameters, "o.account_key", "accountKey", views.CustomerKey.ToParameter(accountKey) is null ? accountKey : views.CustomerKey.Canonical(accountKey));
        }

        where.AddRange(customFieldFilters.Conditions(CustomFieldEntity.Opportunity, "o.id", filters ?? [], parameters));
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(sql.Find(where), parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
        var total = await results.ReadSingleAsync<long>().ConfigureAwait(false);
        var rows = await results.ReadAsync<OpportunityRow>().ConfigureAwait(false);
        return new Page<Opportunity>([.. rows.Select(r => r.ToOpportunity())], query.Page.Page, query.Page.PageSize, total);
    }

    public async Task<Opportunity> UpdateAsync(long id, UpdateOpportunity request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new FieldErrors();
        var name = errors.Text("name", request.Name, 200);
        if (request.Name is not null && name is null)
        {
            errors.Add("name", Messages.NotEmpty);
        }

        var amount = OpportunityFields.Amount(errors, request.Amount);
        var currency = OpportunityFields.Currency(errors, request.Currency);
        var probability = OpportunityFields.Probability(errors, request.Probability);
        var closeDate = OpportunityFields.CloseDate(errors, request.ExpectedCloseDate);
        var owner = errors.Text("owner", request.Owner, 100);
        var reference = errors.Text("reference", request.Reference, 100);
        errors.ThrowIfAny();

        return await ChangeAsync(id, request.Version, async (connection, transaction, row, now) =>
        {
            var changed = new List<string>();
            if (owner is not null && !string.Equals(owner, row.Owner, StringComparison.Ordinal))
            {
                if (!access.MayAssignTo(owner))
                {
                    throw new CrmPermissionException(string.Format(CultureInfo.CurrentCulture, Messages.OpportunityAssignNotAllowed, row.Number, owner));
                }

                row.Owner = owner;
                changed.Add("owner");
            }

            Set(name, row.Name, v => row.Name = v, "name", changed);
            Set(currency, row.Currency, v => row.Currency = v, "currency", changed);
            Set(reference, row.Reference, v => row.Reference = v, "reference", changed);
            if (amount is { } newAmount && newAmount != row.Amount)
            {
                row.Amount = newAmount;
                changed.Add("amount");
            }

            if (probability is { } newProbability && newProbability != row.Probability)
            {
                row.Probability = newProbability;
                changed.Add("probability");
            }

            var oldDate = DbValues.ToDate(row.ExpectedCloseDate);
            if (closeDate is { } newDate && newDate != oldDate)
            {
                row.ExpectedCloseDate = DbValues.ToParameter(newDate);
                changed.Add("expectedCloseDate");
                await connection.ExecuteAsync(new CommandDefinition(
                    OpportunitySql.AddCloseDateChange,
                    new { id = row.Id, oldDate = DbValues.ToParameter(oldDate), newDate = DbValues.ToParameter(newDate), at = DbValues.ToUtcParameter(now), by = user.UserName },
                    transaction,
                    cancellationToken: cancellationToken)).ConfigureAwait(false);
            }

            return changed.Count == 0 ? [] : [new OpportunityUpdated(Snapshot(row, now), changed) { EventId = Guid.NewGuid(), OccurredAt = now }];
        }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<Opportunity> MoveStageAsync(long id, string stageCode, int version, int? probability = null, CancellationToken cancellationToken = default)
    {
        var errors = new FieldErrors();
        var code = errors.Text("stage", stageCode, 50, required: true);
        OpportunityFields.Probability(errors, probability);
        errors.ThrowIfAny();
        return await ChangeAsync(id, version, async (connection, transaction, row, now) =>
        {
            var pipeline = pipelines.Find(row.Pipeline) ?? throw new CrmValidationException("stage", string.Format(CultureInfo.CurrentCulture, Messages.PipelineNoLongerConfigured, row.Pipeline));
            var stage = pipeline.Stages.FirstOrDefault(s => s.Code == code)
                ?? throw new CrmValidationException("stage", string.Format(CultureInfo.CurrentCulture, Messages.OneOf, string.Join(", ", pipeline.Stages.Select(s => s.Code))));
            if (stage.Code == row.Stage)
            {
                throw new CrmValidationException("stage", string.Format(CultureInfo.CurrentCulture, Messages.OpportunityAlreadyInStage, row.Number, stage.Code));
            }

            var from = row.Stage;
            row.Stage = stage.Code;
            row.Probability = probability ?? stage.Probability;
            await OpportunityStore.CloseStageAsync(connection, transaction, row.Id, now, cancellationToken).ConfigureAwait(false);
            await OpportunityStore.OpenStageAsync(connection, transaction, row, user.UserName, now, cancellationToken).ConfigureAwait(false);
            return [new OpportunityStageChanged(Snapshot(row, now), from) { EventId = Guid.NewGuid(), OccurredAt = now }];
        }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<Opportunity> WinAsync(long id, int version, CancellationToken cancellationToken = default)
    {
        var won = await ChangeAsync(id, version, async (connection, transaction, row, now) =>
        {
            row.MarkWon(now);
            await OpportunityStore.CloseStageAsync(connection, transaction, row.Id, now, cancellationToken).ConfigureAwait(false);
            return [new OpportunityWon(Snapshot(row, now)) { EventId = Guid.NewGuid(), OccurredAt = now }];
        }, cancellationToken).ConfigureAwait(false);

        // After the commit, in its own transaction: a win never fails for want of an order; the job retries.
        return await matcher.MatchAsync(won.Id, cancellationToken).ConfigureAwait(false) ?? won;
    }

    public async Task<Opportunity> LoseAsync(long id, string reason, string? note, int version, CancellationToken cancellationToken = default)
    {
        var (code, cleanNote) = OpportunityFields.Loss(pipelines, reason, note);
        return await ChangeAsync(id, version, async (connection, transaction, row, now) =>
        {
            row.MarkLost(code, cleanNote, now);
            await OpportunityStore.CloseStageAsync(connection, transaction, row.Id, now, cancellationToken).ConfigureAwait(false);
            return [new OpportunityLost(Snapshot(row, now)) { EventId = Guid.NewGuid(), OccurredAt = now }];
        }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<Opportunity> ReopenAsync(long id, int version, string? stageCode = null, CancellationToken cancellationToken = default)
    {
        var errors = new FieldErrors();
        var code = errors.Text("stage", stageCode, 50);
        errors.ThrowIfAny();
        return await ChangeAsync(id, version, async (connection, transaction, row, now) =>
        {
            var pipeline = pipelines.Find(row.Pipeline) ?? throw new CrmValidationException("stage", string.Format(CultureInfo.CurrentCulture, Messages.PipelineNoLongerConfigured, row.Pipeline));
            var stage = pipeline.Stages.FirstOrDefault(s => s.Code == (code ?? row.Stage))
                ?? throw new CrmValidationException("stage", string.Format(CultureInfo.CurrentCulture, Messages.OneOf, string.Join(", ", pipeline.Stages.Select(s => s.Code))));
            var from = Enum.Parse<OpportunityStatus>(row.Status);

            // A reopened win no longer realizes its ERP order: the order is free for another opportunity.
            await connection.ExecuteAsync(new CommandDefinition(OpportunitySql.RemoveMatch, new { id = row.Id }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            row.Status = nameof(OpportunityStatus.Open);
            row.Stage = stage.Code;
            row.Probability = stage.Probability;
            row.LostReason = row.LostNote = row.MatchedOrderKey = row.MatchMethod = null;
            row.WonAt = row.LostAt = row.MatchedAt = null;
            await OpportunityStore.OpenStageAsync(connection, transaction, row, user.UserName, now, cancellationToken).ConfigureAwait(false);
            return [new OpportunityReopened(Snapshot(row, now), from) { EventId = Guid.NewGuid(), OccurredAt = now }];
        }, cancellationToken, closed: true).ConfigureAwait(false);
    }

    public Task<BulkLossResult> LoseManyAsync(IReadOnlyList<BulkLossItem> items, string reason, string? note, CancellationToken cancellationToken = default) =>
        bulkLoss.LoseAsync(items, reason, note, cancellationToken);

    public async Task<OpportunityHistory> GetHistoryAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await LoadVisibleAsync(connection, null, id, cancellationToken).ConfigureAwait(false);
        var stages = await connection.QueryAsync<StageVisitRow>(new CommandDefinition(OpportunitySql.Stages, new { id }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        var dates = await connection.QueryAsync<CloseDateRow>(new CommandDefinition(OpportunitySql.CloseDates, new { id }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return new OpportunityHistory([.. stages.Select(s => s.ToVisit())], [.. dates.Select(d => d.ToChange())]);
    }

    private Opportunity Snapshot(OpportunityRow row, DateTimeOffset now)
    {
        row.Touch(user.UserName, now);
        return row.ToOpportunity();
    }

    // One business change: load in the transaction, check access, version and status, let the
    // change write its history and name its events, write the row at the version read, commit.
    private async Task<Opportunity> ChangeAsync(
        long id,
        int version,
        Func<DbConnection, DbTransaction, OpportunityRow, DateTimeOffset, Task<IReadOnlyList<CrmEvent>>> change,
        CancellationToken cancellationToken,
        bool closed = false)
    {
        var now = clock.GetUtcNow();
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var row = await LoadVisibleAsync(connection, transaction, id, cancellationToken).ConfigureAwait(false);
        if (row.Version != version)
        {
            throw new CrmConflictException("opportunity", id.ToString(CultureInfo.InvariantCulture), version);
        }

        if ((row.Status == nameof(OpportunityStatus.Open)) == closed)
        {
            throw new CrmValidationException("status", closed
                ? string.Format(CultureInfo.CurrentCulture, Messages.OpportunityReopenOpen, row.Number)
                : string.Format(CultureInfo.CurrentCulture, Messages.OpportunityNotOpen, row.Number, row.Status));
        }

        var events = await change(connection, transaction, row, now).ConfigureAwait(false);
        if (events.Count == 0)
        {
            return row.ToOpportunity();
        }

        if (!await OpportunityStore.WriteAsync(connection, transaction, row, version, cancellationToken).ConfigureAwait(false))
        {
            throw new CrmConflictException("opportunity", id.ToString(CultureInfo.InvariantCulture), version);
        }

        foreach (var crmEvent in events)
        {
            await outbox.EnqueueAsync(connection, transaction, crmEvent, cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return row.ToOpportunity();
    }

    private async Task<OpportunityRow> LoadVisibleAsync(DbConnection connection, DbTransaction? transaction, long id, CancellationToken cancellationToken)
    {
        access.DemandSalesUser(Messages.ActionWorkOpportunities);
        var row = await connection.QuerySingleOrDefaultAsync<OpportunityRow>(new CommandDefinition(sql.ById, new { id }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false)
            ?? throw new CrmNotFoundException("opportunity", id.ToString(CultureInfo.InvariantCulture));
        access.DemandWork(row.Owner, "opportunity", row.Number);
        return row;
    }

    private static void AddFilter(List<string> where, DynamicParameters parameters, string column, string name, string? value)
    {
        if (value is not null)
        {
            where.Add($"{column} = @{name}");
            parameters.Add(name, value);
        }
    }

    private static void Set(string? value, string? current, Action<string> apply, string field, List<string> changed)
    {
        if (value is not null && !string.Equals(value, current, StringComparison.Ordinal))
        {
            apply(value);
            changed.Add(field);
        }
    }
}
