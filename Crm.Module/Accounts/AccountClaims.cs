using System.Data.Common;
using Crm.Abstractions.Accounts;
using Crm.Module.Data;
using Crm.Module.Events;
using Dapper;

namespace Crm.Module.Accounts;

/// <summary>
/// Gives an account without an owner its first owner, inside the caller's transaction, and never
/// overwrites an owner someone set meanwhile: the write is conditional on the account still having
/// no owner at the version read, so a concurrent manual assignment or rule run wins and this claim
/// writes nothing. A claim that wins raises <see cref="AccountOwnerChanged"/>.
/// </summary>
internal sealed class AccountClaims
{
    private readonly string _insert;
    private readonly IOutbox _outbox;

    public AccountClaims(CrmDatabase database, IOutbox outbox)
    {
        _outbox = outbox;
        _insert = database.Dialect.InsertIfAbsent(
            "crm_accounts", "account_key, owner_user_name, version, updated_at, updated_by",
            "@crmKey, @owner, 1, @updatedAt, @updatedBy", "account_key = @crmKey");
    }

    /// <summary>The stored owner and version of the account, read in <paramref name="transaction"/>; version 0 when the CRM has no row.</summary>
    public static async Task<(string? Owner, int Version)> ReadAsync(DbConnection connection, DbTransaction transaction, string crmKey, CancellationToken cancellationToken)
    {
        var row = await connection.QuerySingleOrDefaultAsync<AssignmentRow>(new CommandDefinition(
            "SELECT owner_user_name AS OwnerUserName, version AS Version FROM crm_accounts WHERE account_key = @crmKey",
            new { crmKey }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return row is null ? (null, 0) : (row.OwnerUserName, row.Version);
    }

    /// <summary>
    /// Sets <paramref name="owner"/> on the account <paramref name="crmKey"/> if it is still unowned
    /// at <paramref name="version"/> (0: the CRM has no row for it yet). Returns whether it did.
    /// </summary>
    public async Task<bool> ClaimAsync(
        DbConnection connection, DbTransaction transaction, string crmKey, int version, string owner, string updatedBy, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var row = new { crmKey, owner, version, newVersion = version + 1, updatedAt = DbValues.ToUtcParameter(now), updatedBy };
        var sql = version == 0
            ? _insert
            : """
              UPDATE crm_accounts SET owner_user_name = @owner, version = @newVersion, updated_at = @updatedAt, updated_by = @updatedBy
              WHERE account_key = @crmKey AND version = @version AND owner_user_name IS NULL
              """;
        if (await connection.ExecuteAsync(new CommandDefinition(sql, row, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false) != 1)
        {
            return false;
        }

        await _outbox.EnqueueAsync(connection, transaction, new AccountOwnerChanged(crmKey, owner, null, updatedBy) { EventId = Guid.NewGuid(), OccurredAt = now }, cancellationToken).ConfigureAwait(false);
        return true;
    }
}
