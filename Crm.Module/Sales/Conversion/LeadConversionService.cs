using System.Data.Common;
using System.Globalization;
using Crm.Abstractions.Common;
using Crm.Abstractions.Erp;
using Crm.Abstractions.Sales;
using Crm.Abstractions.Security;
using Crm.Module.CustomFields;
using Crm.Module.Accounts;
using Crm.Module.Data;
using Crm.Module.Erp.Mapping;
using Crm.Module.Events;
using Crm.Module.Sales.Leads;
using Crm.Module.Sales.Opportunities;
using Dapper;
using Microsoft.Extensions.Logging;

namespace Crm.Module.Sales.Conversion;

/// <summary>
/// Lead → opportunity (with an ERP customer or a prospect) in one transaction; prospect → ERP
/// customer through the host, linked in a second one. Creating the customer runs after the
/// conversion commits: it is the host's, may be slow or refused, and must not undo the sale.
/// </summary>
internal sealed partial class LeadConversionService(
    CrmDatabase database,
    ErpViews views,
    AccountSql accountSql,
    OpportunityWriter opportunities,
    OpportunitySql opportunitySql,
    ProspectSql sql,
    SalesAccess access,
    IOutbox outbox,
    ICurrentUser user,
    TimeProvider clock,
    IEnumerable<IErpCustomerProvisioning> provisioning,
    ILogger<LeadConversionService> logger) : ILeadConversion
{
    public async Task<LeadConversion> ConvertAsync(long leadId, int version, ConvertLead request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        access.DemandSalesUser(Messages.ActionConvertLeads);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var lead = await LoadLeadAsync(connection, null, leadId, cancellationToken).ConfigureAwait(false);
        DemandConvertible(lead, version);
        if (request.AccountKey is null && (lead.Company ?? lead.ContactName) is null)
        {
            throw new CrmValidationException("accountKey", Messages.LeadWithoutName);
        }

        var prepared = await opportunities.PrepareAsync(
            connection,
            new CreateOpportunity(
                request.OpportunityName, request.Amount, request.ExpectedCloseDate, request.AccountKey, null, request.PipelineCode, request.StageCode,
                request.Currency, request.Probability, request.Owner ?? lead.Owner, request.Reference, lead.Id),
            cancellationToken,
            prospectFollows: request.AccountKey is null).ConfigureAwait(false);

        var now = clock.GetUtcNow();
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        lead = await LoadLeadAsync(connection, transaction, leadId, cancellationToken).ConfigureAwait(false);
        DemandConvertible(lead, version);
        ProspectRow? prospect = null;
        if (request.AccountKey is null)
        {
            prospect = NewProspect(lead, prepared.Currency, now);
            prospect.Id = await connection.ExecuteScalarAsync<long>(new CommandDefinition(sql.Insert, prospect, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            prepared = prepared with { ProspectId = prospect.Id };
        }

        var created = await opportunities.InsertAsync(connection, transaction, prepared, CustomFieldCreation.NoValues, cancellationToken).ConfigureAwait(false);
        var previous = lead.StatusValue;
        lead.Status = nameof(LeadStatus.Converted);
        lead.ConvertedOpportunityId = created.Opportunity.Id;
        lead.ConvertedAt = DbValues.ToUtcParameter(now);
        lead.AccountKey = created.Opportunity.AccountKey ?? lead.AccountKey;
        lead.UpdatedAt = DbValues.ToUtcParameter(now);
        lead.UpdatedBy = user.UserName;
        lead.Version = version + 1;
        await LeadWriter.UpdateAsync(connection, transaction, lead, version, cancellationToken).ConfigureAwait(false);
        await LeadWriter.AddHistoryAsync(connection, transaction, lead.Id, now, user.UserName, "Converted", $"Opportunity {created.Opportunity.Number}" + (prospect is null ? $" with account {created.Opportunity.AccountKey}." : " with a new prospect."), cancellationToken).ConfigureAwait(false);
        var converted = lead.ToLead();
        await outbox.EnqueueAsync(connection, transaction, new LeadStatusChanged(converted, previous, LeadStatus.Converted, null) { EventId = Guid.NewGuid(), OccurredAt = now }, cancellationToken).ConfigureAwait(false);
        await outbox.EnqueueAsync(connection, transaction, new LeadConverted(converted, created.Opportunity, prospect?.ToProspect()) { EventId = Guid.NewGuid(), OccurredAt = now }, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);

        if (prospect is null || !request.CreateErpCustomer)
        {
            return new LeadConversion(converted, created.Opportunity, created.Warnings, prospect?.ToProspect(), null);
        }

        try
        {
            var linked = await RequestErpCustomerAsync(prospect.Id, prospect.Version, cancellationToken).ConfigureAwait(false);
            var opportunity = await connection.QuerySingleAsync<OpportunityRow>(new CommandDefinition(opportunitySql.ById, new { id = created.Opportunity.Id }, cancellationToken: cancellationToken)).ConfigureAwait(false);
            var lastLead = await LoadLeadAsync(connection, null, leadId, cancellationToken).ConfigureAwait(false);
            return new LeadConversion(lastLead.ToLead(), opportunity.ToOpportunity(), created.Warnings, linked, null);
        }
        catch (Exception problem) when (problem is CrmValidationException or CrmNotFoundException or CrmConflictException or DbException)
        {
            LogCustomerNotCreated(logger, prospect.Id, problem.Message);
            return new LeadConversion(converted, created.Opportunity, created.Warnings, prospect.ToProspect(), problem.Message);
        }
    }

    public async Task<Prospect> GetProspectAsync(long prospectId, CancellationToken cancellationToken = default)
    {
        access.DemandSalesUser(Messages.ActionReadProspects);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return (await LoadProspectAsync(connection, prospectId, cancellationToken).ConfigureAwait(false)).ToProspect();
    }

    public async Task<Prospect> RequestErpCustomerAsync(long prospectId, int version, CancellationToken cancellationToken = default)
    {
        access.DemandSalesUser(Messages.ActionRequestERPCustomers);
        var host = provisioning.FirstOrDefault()
            ?? throw new CrmValidationException("createErpCustomer", Messages.ErpCannotCreateCustomers);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var prospect = await LoadProspectAsync(connection, prospectId, cancellationToken).ConfigureAwait(false);
        DemandUnlinked(prospect, version);
        var answer = await host.CreateCustomerAsync(
            new NewErpCustomer(prospect.RequestKey, prospect.Company, prospect.Email, prospect.Phone, null, prospect.PostalCode, prospect.City, prospect.Country, prospect.Currency, user.UserName),
            cancellationToken).ConfigureAwait(false);
        if (answer.AccountKey is { } accountKey)
        {
            return await LinkAsync(connection, prospect, accountKey, version, cancellationToken).ConfigureAwait(false);
        }

        var now = clock.GetUtcNow();
        var written = await connection.ExecuteAsync(new CommandDefinition(
            ProspectSql.Pending, new { id = prospect.Id, version, reference = answer.PendingReference, now = DbValues.ToUtcParameter(now), by = user.UserName }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return written == 1
            ? (await LoadProspectAsync(connection, prospectId, cancellationToken).ConfigureAwait(false)).ToProspect()
            : throw new CrmConflictException("prospect", Key(prospectId), version);
    }

    public async Task<Prospect> LinkProspectAsync(long prospectId, string accountKey, int version, CancellationToken cancellationToken = default)
    {
        access.DemandSalesUser(Messages.ActionLinkProspects);
        if (string.IsNullOrWhiteSpace(accountKey))
        {
            throw new CrmValidationException("accountKey", Messages.FieldRequired);
        }

        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var prospect = await LoadProspectAsync(connection, prospectId, cancellationToken).ConfigureAwait(false);
        DemandUnlinked(prospect, version);
        return await LinkAsync(connection, prospect, accountKey.Trim(), version, cancellationToken).ConfigureAwait(false);
    }

    // The ERP customer must exist; then prospect, opportunities and lead get its key in one transaction.
    private async Task<Prospect> LinkAsync(DbConnection connection, ProspectRow prospect, string accountKey, int version, CancellationToken cancellationToken)
    {
        var (parameter, crmKey) = AccountAccess.ParseKey(views, accountKey);
        await AccountAccess.DemandExistsAsync(connection, accountSql, parameter, accountKey, cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow();
        var values = new { id = prospect.Id, version, accountKey = crmKey, leadId = prospect.LeadId, now = DbValues.ToUtcParameter(now), by = user.UserName };
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        if (await connection.ExecuteAsync(new CommandDefinition(ProspectSql.Link, values, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false) != 1)
        {
            throw new CrmConflictException("prospect", Key(prospect.Id), version);
        }

        var opportunityIds = (await connection.QueryAsync<long>(new CommandDefinition(ProspectSql.OpportunitiesToLink, values, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false)).ToList();
        await connection.ExecuteAsync(new CommandDefinition(ProspectSql.LinkOpportunities, values, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        if (prospect.LeadId is not null)
        {
            await connection.ExecuteAsync(new CommandDefinition(ProspectSql.LinkLead, values, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        }

        var linked = (await connection.QuerySingleAsync<ProspectRow>(new CommandDefinition(ProspectSql.ById, values, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false)).ToProspect();
        await outbox.EnqueueAsync(connection, transaction, new ProspectLinked(linked, opportunityIds) { EventId = Guid.NewGuid(), OccurredAt = now }, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return linked;
    }

    private async Task<LeadRow> LoadLeadAsync(DbConnection connection, DbTransaction? transaction, long id, CancellationToken cancellationToken)
    {
        var lead = await connection.QuerySingleOrDefaultAsync<LeadRow>(new CommandDefinition(LeadSql.ById, new { id }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false)
            ?? throw new CrmNotFoundException("lead", Key(id));
        access.DemandWork(lead.Owner, "lead", Key(id));
        return lead;
    }

    // A prospect is worked by whoever may work the lead it came from.
    private async Task<ProspectRow> LoadProspectAsync(DbConnection connection, long id, CancellationToken cancellationToken)
    {
        var prospect = await connection.QuerySingleOrDefaultAsync<ProspectRow>(new CommandDefinition(ProspectSql.ById, new { id }, cancellationToken: cancellationToken)).ConfigureAwait(false)
            ?? throw new CrmNotFoundException("prospect", Key(id));
        var owner = prospect.LeadId is { } leadId
            ? await connection.ExecuteScalarAsync<string?>(new CommandDefinition(ProspectSql.LeadOwner, new { id = leadId }, cancellationToken: cancellationToken)).ConfigureAwait(false)
            : null;
        access.DemandWork(owner, "prospect", Key(id));
        return prospect;
    }

    private static void DemandConvertible(LeadRow lead, int version)
    {
        if (lead.Version != version)
        {
            throw new CrmConflictException("lead", Key(lead.Id), version);
        }

        if (lead.StatusValue != LeadStatus.Qualified)
        {
            throw new CrmValidationException("status", string.Format(CultureInfo.CurrentCulture, Messages.LeadNotQualified, lead.Id, lead.Status));
        }
    }

    private static void DemandUnlinked(ProspectRow prospect, int version)
    {
        if (prospect.AccountKey is not null)
        {
            throw new CrmValidationException("accountKey", string.Format(CultureInfo.CurrentCulture, Messages.ProspectAlreadyLinked, prospect.Id, prospect.AccountKey));
        }

        if (prospect.Version != version)
        {
            throw new CrmConflictException("prospect", Key(prospect.Id), version);
        }
    }

    private ProspectRow NewProspect(LeadRow lead, string currency, DateTimeOffset now) => new()
    {
        LeadId = lead.Id,
        Company = lead.Company ?? lead.ContactName!,
        ContactName = lead.ContactName,
        Email = lead.Email,
        Phone = lead.Phone,
        PostalCode = lead.PostalCode,
        City = lead.City,
        Country = lead.Country,
        Currency = currency,
        CreatedAt = DbValues.ToUtcParameter(now),
        CreatedBy = user.UserName,
        UpdatedAt = DbValues.ToUtcParameter(now),
        UpdatedBy = user.UserName,
        Version = 1,
    };

    private static string Key(long id) => id.ToString(CultureInfo.InvariantCulture);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Prospect {ProspectId} converted, but the ERP did not create its customer: {Problem}")]
    private static partial void LogCustomerNotCreated(ILogger logger, long prospectId, string problem);
}
