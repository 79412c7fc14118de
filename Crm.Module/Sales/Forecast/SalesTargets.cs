using System.Globalization;
using Crm.Abstractions.Common;
using Crm.Abstractions.Sales;
using Crm.Abstractions.Security;
using Crm.Module.Audit;
using Crm.Module.Data;
using Crm.Module.Data.Dialects;
using Crm.Module.Validation;
using Dapper;

namespace Crm.Module.Sales.Forecast;

/// <summary>Sales targets in <c>crm_sales_targets</c>: read by whoever reads the forecast, set by managers for their team.</summary>
internal sealed class SalesTargets(CrmDatabase database, SalesAccess access, ICurrentUser user, TimeProvider clock, AuditTrail audit) : ISalesTargets
{
    private const int MaxMonths = 36;

    public async Task<IReadOnlyList<SalesTarget>> ListAsync(string fromMonth, string toMonth, string? owner, CancellationToken cancellationToken = default)
    {
        var owners = ForecastAccess.DemandRead(access, user);
        var (from, to) = ForecastAccess.CheckMonths(fromMonth, toMonth, MaxMonths, clock);
        var sql = $"SELECT {SalesTargetRow.Columns} FROM crm_sales_targets WHERE month >= @from AND month <= @to"
            + (owner is null ? string.Empty : " AND owner = @owner")
            + (owners is null ? string.Empty : $" AND {database.Dialect.InList("owner", "@owners")}")
            + " ORDER BY month, owner, currency";
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<SalesTargetRow>(new CommandDefinition(sql, new { from, to, owner, owners }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return [.. rows.Select(r => r.ToTarget())];
    }

    public async Task<SalesTarget> SetAsync(string owner, string month, string currency, decimal amount, int version, CancellationToken cancellationToken = default)
    {
        user.Demand(Messages.ActionSetSalesTargets, CrmRoles.SalesManager, CrmRoles.Admin);
        var errors = new FieldErrors();
        var cleanOwner = errors.Text("owner", owner, 100, required: true);
        var cleanMonth = errors.Month("month", month, required: true);
        var cleanCurrency = errors.Currency("currency", currency, required: true);
        errors.Amount("amount", amount, required: true);
        if (version < 0)
        {
            errors.Add("version", Messages.VersionOfTarget);
        }

        errors.ThrowIfAny();
        if (!access.MayAssignTo(cleanOwner!))
        {
            throw new CrmPermissionException(string.Format(CultureInfo.CurrentCulture, Messages.NotInYourTeam, cleanOwner));
        }

        var now = clock.GetUtcNow();
        var row = new SalesTargetRow
        {
            Owner = cleanOwner!,
            Month = cleanMonth!,
            Currency = cleanCurrency!,
            Amount = amount,
            Version = version + 1,
            UpdatedAt = DbValues.ToUtcParameter(now),
            UpdatedBy = user.UserName,
        };
        var parameters = new DynamicParameters(row);
        parameters.Add("ExpectedVersion", version);

        // Version 0: nobody has set this target; the primary key lets only one of two such callers insert.
        var statement = version == 0
            ? """
              INSERT INTO crm_sales_targets (owner, month, currency, amount, version, updated_at, updated_by)
              SELECT @Owner, @Month, @Currency, @Amount, @Version, @UpdatedAt, @UpdatedBy
              WHERE NOT EXISTS (SELECT 1 FROM crm_sales_targets WHERE owner = @Owner AND month = @Month AND currency = @Currency)
              """
            : """
              UPDATE crm_sales_targets SET amount = @Amount, version = @Version, updated_at = @UpdatedAt, updated_by = @UpdatedBy
              WHERE owner = @Owner AND month = @Month AND currency = @Currency AND version = @ExpectedVersion
              """;
        // Sales targets raise no event, so they are audited here, in the same transaction as the write.
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        int written;
        try
        {
            written = await connection.ExecuteAsync(new CommandDefinition(statement, parameters, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        }
        catch (System.Data.Common.DbException) when (version == 0)
        {
            written = 0;
        }

        if (written != 1)
        {
            throw new CrmConflictException("sales target", $"{cleanOwner} {cleanMonth} {cleanCurrency}", version);
        }

        await audit.RecordSalesTargetAsync(connection, transaction, row.Owner, row.Month, row.Currency, now, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return row.ToTarget();
    }
}
