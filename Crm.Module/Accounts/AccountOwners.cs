using System.Data.Common;
using System.Globalization;
using Crm.Abstractions.Accounts;
using Crm.Abstractions.Common;
using Crm.Abstractions.Security;
using Crm.Module.Data;
using Crm.Module.Erp.Mapping;
using Crm.Module.Events;
using Crm.Module.Sales.Assignment;
using Dapper;

namespace Crm.Module.Accounts;

/// <summary>Who owns an account: stored in <c>crm_accounts</c>, changed with optimistic concurrency.</summary>
internal sealed class AccountOwners(CrmDatabase database, ErpViews views, AccountSql sql, AccountRuleAssignment rules, IOutbox outbox, ICurrentUser user, TimeProvider clock) : IAccountOwners
{
    private const int MaxUserNameLength = 100;

    public async Task<AccountAssignment> GetAsync(string accountKey, CancellationToken cancellationToken = default)
    {
        AccountAccess.DemandRead(user);
        var (key, crmKey) = AccountAccess.ParseKey(views, accountKey);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(
            sql.Account + sql.Assignment, key.With(new { crmKey }), cancellationToken: cancellationToken)).ConfigureAwait(false);
        var account = await results.ReadSingleOrDefaultAsync<AccountRow>().ConfigureAwait(false) ?? throw new CrmNotFoundException("account", accountKey);
        return AssignmentRow.ToAssignment(account.ToAccount().Key, await results.ReadSingleOrDefaultAsync<AssignmentRow>().ConfigureAwait(false));
    }

    public async Task<AccountAssignment> AssignAsync(string accountKey, string? ownerUserName, int expectedVersion, CancellationToken cancellationToken = default)
    {
        user.Demand(Messages.ActionAssignAccountOwners, CrmRoles.SalesManager, CrmRoles.Admin);
        var owner = ValidateOwner(ownerUserName);
        if (expectedVersion < 0)
        {
            throw new CrmValidationException("version", Messages.VersionOfOwner);
        }

        var (key, crmKey) = AccountAccess.ParseKey(views, accountKey);
        var now = clock.GetUtcNow();
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var account = await connection.QuerySingleOrDefaultAsync<AccountRow>(new CommandDefinition(sql.Account, key.With(new { }), cancellationToken: cancellationToken)).ConfigureAwait(false)
            ?? throw new CrmNotFoundException("account", accountKey);

        var row = new
        {
            crmKey,
            owner,
            expectedVersion,
            newVersion = expectedVersion + 1,
            updatedAt = DbValues.ToUtcParameter(now),
            updatedBy = user.UserName,
        };
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var (previous, _) = await AccountClaims.ReadAsync(connection, transaction, crmKey, cancellationToken).ConfigureAwait(false);
        var written = expectedVersion == 0
            ? await InsertFirstAsync(connection, transaction, row, cancellationToken).ConfigureAwait(false)
            : await connection.ExecuteAsync(new CommandDefinition(
                """
                UPDATE crm_accounts SET owner_user_name = @owner, version = @newVersion, updated_at = @updatedAt, updated_by = @updatedBy
                WHERE account_key = @crmKey AND version = @expectedVersion
                """, row, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        if (written != 1)
        {
            throw new CrmConflictException("account", accountKey, expectedVersion);
        }

        await outbox.EnqueueAsync(connection, transaction, new AccountOwnerChanged(crmKey, owner, previous, user.UserName) { EventId = Guid.NewGuid(), OccurredAt = now }, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new AccountAssignment(account.ToAccount().Key, owner, row.newVersion, now, user.UserName);
    }

    public Task<OwnerRuleRun> AssignByRulesAsync(bool dryRun, CancellationToken cancellationToken = default) =>
        rules.RunAsync(dryRun, cancellationToken);

    // Version 0 means "nobody has assigned this account yet". When two callers both believe that,
    // the primary key lets only one insert; the other gets a conflict like any stale update.
    private static async Task<int> InsertFirstAsync(DbConnection connection, DbTransaction transaction, object row, CancellationToken cancellationToken)
    {
        try
        {
            return await connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO crm_accounts (account_key, owner_user_name, version, updated_at, updated_by)
                SELECT @crmKey, @owner, @newVersion, @updatedAt, @updatedBy
                WHERE NOT EXISTS (SELECT 1 FROM crm_accounts WHERE account_key = @crmKey)
                """, row, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        }
        catch (DbException) when (!cancellationToken.IsCancellationRequested)
        {
            return 0;
        }
    }

    private static string? ValidateOwner(string? ownerUserName)
    {
        var owner = string.IsNullOrWhiteSpace(ownerUserName) ? null : ownerUserName.Trim();
        if (owner is { Length: > MaxUserNameLength })
        {
            throw new CrmValidationException("owner", string.Format(CultureInfo.CurrentCulture, Messages.TextTooLong, MaxUserNameLength));
        }

        if (owner is not null && owner.Any(char.IsControl))
        {
            throw new CrmValidationException("owner", Messages.NoControlCharacters);
        }

        return owner;
    }
}
