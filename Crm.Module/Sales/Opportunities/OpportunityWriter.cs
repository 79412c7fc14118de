using System.Data.Common;
using System.Globalization;
using Crm.Abstractions.Common;
using Crm.Abstractions.CustomFields;
using Crm.Abstractions.Sales;
using Crm.Abstractions.Security;
using Crm.Module.Accounts;
using Crm.Module.CustomFields;
using Crm.Module.Data;
using Crm.Module.Erp.Mapping;
using Crm.Module.Events;
using Crm.Module.Sales.Pipelines;
using Crm.Module.Validation;
using Dapper;

namespace Crm.Module.Sales.Opportunities;

/// <summary>
/// Creating an opportunity in two steps, so that another operation (converting a lead) can create one
/// inside its own transaction: <see cref="PrepareAsync"/> validates, checks permissions and reads the
/// ERP before the transaction; <see cref="InsertAsync"/> writes the opportunity, its first stage
/// visit and its event in the caller's transaction, gives an unowned account the opportunity's
/// owner, and reports other owners' open opportunities on the account.
/// </summary>
internal sealed class OpportunityWriter(
    ErpViews views,
    AccountSql accountSql,
    AccountClaims claims,
    CustomFieldCreation customFields,
    OpportunitySql sql,
    PipelineCatalog pipelines,
    SalesAccess access,
    IOutbox outbox,
    ICurrentUser user,
    TimeProvider clock)
{
    /// <summary>
    /// Validates <paramref name="request"/> (every bad field at once), checks that the user may create it
    /// for its owner and that the ERP account exists, and makes sure the number sequence exists.
    /// Call it on an open connection with no transaction running. <paramref name="prospectFollows"/>:
    /// the caller creates the prospect in its transaction and sets <see cref="NewOpportunity.ProspectId"/>.
    /// <paramref name="errors"/>: what the caller found wrong already, reported together with these fields.
    /// </summary>
    public async Task<NewOpportunity> PrepareAsync(DbConnection connection, CreateOpportunity request, CancellationToken cancellationToken, bool prospectFollows = false, FieldErrors? errors = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        access.DemandSalesUser(Messages.ActionCreateOpportunities);
        errors ??= new FieldErrors();
        var name = errors.Text("name", request.Name, 200, required: true);
        var accountKey = errors.Text("accountKey", request.AccountKey, 100);
        if (!prospectFollows && (accountKey is null) == (request.ProspectId is null))
        {
            errors.Add("accountKey", Messages.AccountOrProspect);
        }

        if (request.ProspectId is <= 0)
        {
            errors.Add("prospectId", Messages.PositiveId);
        }

        var pipeline = pipelines.Find(errors.Text("pipeline", request.PipelineCode, 50) ?? pipelines.All[0].Code);
        if (pipeline is null)
        {
            errors.Add("pipeline", string.Format(CultureInfo.CurrentCulture, Messages.OneOf, string.Join(", ", pipelines.All.Select(p => p.Code))));
        }

        var stageCode = errors.Text("stage", request.StageCode, 50);
        var stage = pipeline is null ? null : stageCode is null ? pipeline.Stages[0] : pipeline.Stages.FirstOrDefault(s => s.Code == stageCode);
        if (pipeline is not null && stage is null)
        {
            errors.Add("stage", string.Format(CultureInfo.CurrentCulture, Messages.OneOf, string.Join(", ", pipeline.Stages.Select(s => s.Code))));
        }

        var amount = OpportunityFields.Amount(errors, request.Amount);
        var currency = OpportunityFields.Currency(errors, request.Currency);
        var probability = OpportunityFields.Probability(errors, request.Probability);
        OpportunityFields.CloseDate(errors, request.ExpectedCloseDate);
        var reference = errors.Text("reference", request.Reference, 100);
        var owner = errors.Text("owner", request.Owner, 100) ?? user.UserName;
        errors.ThrowIfAny();

        if (!access.MayAssignTo(owner))
        {
            throw new CrmPermissionException(string.Format(CultureInfo.CurrentCulture, Messages.OpportunityCreateNotAllowed, owner));
        }

        string? crmKey = null;
        if (accountKey is not null)
        {
            (var parameter, crmKey) = AccountAccess.ParseKey(views, accountKey);
            await AccountAccess.DemandExistsAsync(connection, accountSql, parameter, accountKey, cancellationToken).ConfigureAwait(false);
        }
        else if (request.ProspectId is { } prospectId)
        {
            // A prospect already linked to its ERP customer lends the opportunity that account.
            var prospect = await connection.QuerySingleOrDefaultAsync<ProspectKey>(new CommandDefinition(
                "SELECT id AS Id, account_key AS AccountKey FROM crm_prospects WHERE id = @prospectId", new { prospectId }, cancellationToken: cancellationToken)).ConfigureAwait(false)
                ?? throw new CrmValidationException("prospectId", string.Format(CultureInfo.CurrentCulture, Messages.ProspectNotFound, prospectId));
            crmKey = prospect.AccountKey;
        }

        var year = clock.GetUtcNow().Year;
        await Sequences.EnsureAsync(connection, SequenceName(year), cancellationToken).ConfigureAwait(false);
        return new NewOpportunity(
            name!, crmKey, request.ProspectId, request.LeadId, pipeline!.Code, stage!.Code, probability ?? stage.Probability,
            amount!.Value, currency ?? pipeline.DefaultCurrency, request.ExpectedCloseDate, reference, owner, year);
    }

    /// <summary>
    /// Inserts the prepared opportunity in <paramref name="transaction"/>: its number, the row, its
    /// first stage visit and <see cref="OpportunityOpened"/>; an account without an owner gets the
    /// opportunity's owner. Returns it with other owners' open
    /// opportunities on the same account.
    /// </summary>
    /// <param name="customFieldValues">Written before the event, so before-change handlers see them.</param>
    public async Task<OpportunityCreated> InsertAsync(
        DbConnection connection, DbTransaction transaction, NewOpportunity values, IReadOnlyDictionary<string, CustomFieldValue?> customFieldValues, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(values);
        var now = clock.GetUtcNow();
        var sequence = await Sequences.NextAsync(connection, transaction, SequenceName(values.NumberYear), cancellationToken).ConfigureAwait(false);
        var row = new OpportunityRow
        {
            Number = string.Create(CultureInfo.InvariantCulture, $"OPP-{values.NumberYear}-{sequence:000000}"),
            Name = values.Name,
            AccountKey = values.AccountKey,
            ProspectId = values.ProspectId,
            LeadId = values.LeadId,
            Pipeline = values.Pipeline,
            Stage = values.Stage,
            Probability = values.Probability,
            Amount = values.Amount,
            Currency = values.Currency,
            ExpectedCloseDate = DbValues.ToParameter(values.ExpectedCloseDate),
            Reference = values.Reference,
            Owner = values.Owner,
            Status = nameof(OpportunityStatus.Open),
            CreatedAt = DbValues.ToUtcParameter(now),
            CreatedBy = user.UserName,
            UpdatedAt = DbValues.ToUtcParameter(now),
            UpdatedBy = user.UserName,
            Version = 1,
        };
        row.Id = await connection.ExecuteScalarAsync<long>(new CommandDefinition(sql.Insert, row, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        await OpportunityStore.OpenStageAsync(connection, transaction, row, user.UserName, now, cancellationToken).ConfigureAwait(false);
        var opportunity = row.ToOpportunity();
        await customFields.WriteAsync(connection, transaction, CustomFieldEntity.Opportunity, row.Id.ToString(CultureInfo.InvariantCulture), customFieldValues, cancellationToken).ConfigureAwait(false);
        await outbox.EnqueueAsync(connection, transaction, new OpportunityOpened(opportunity) { EventId = Guid.NewGuid(), OccurredAt = now }, cancellationToken).ConfigureAwait(false);
        if (row.AccountKey is { } accountKey)
        {
            await ClaimUnownedAccountAsync(connection, transaction, accountKey, row.Owner, now, cancellationToken).ConfigureAwait(false);
        }

        IReadOnlyList<OwnershipWarning> warnings = row.AccountKey is null ? [] : [.. await connection.QueryAsync<OwnershipWarning>(new CommandDefinition(
            OpportunitySql.OthersOpenOnAccount, new { accountKey = row.AccountKey, owner = row.Owner, id = row.Id }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false)];
        return new OpportunityCreated(opportunity, warnings);
    }

    // Whoever works the first deal on an unowned account is the natural owner; an owner already
    // set (or set by someone else meanwhile) is kept, and the ownership warning covers the rest.
    private async Task ClaimUnownedAccountAsync(DbConnection connection, DbTransaction transaction, string accountKey, string owner, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var (current, version) = await AccountClaims.ReadAsync(connection, transaction, accountKey, cancellationToken).ConfigureAwait(false);
        if (current is null)
        {
            await claims.ClaimAsync(connection, transaction, accountKey, version, owner, user.UserName, now, cancellationToken).ConfigureAwait(false);
        }
    }

    private static string SequenceName(int year) => "opportunity:" + year.ToString(CultureInfo.InvariantCulture);

    private sealed class ProspectKey
    {
        public long Id { get; set; }

        public string? AccountKey { get; set; }
    }
}
