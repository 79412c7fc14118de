using System.Data.Common;
using Crm.Abstractions.Extensibility;
using Crm.Abstractions.Privacy;
using Crm.Abstractions.Security;
using Crm.Module.Data;
using Dapper;

namespace Crm.Module.Audit;

/// <summary>
/// Writes the audit log inside the operation's transaction, so a change that rolls back leaves no
/// entry. Per record it compares the record as it now is with its last audited state (old and new
/// values), and per entry it takes the chain's head under lock: the next number and the hash the
/// entry is chained to. The cost per record: the head lock, the record's row and custom fields,
/// its state, and three writes (entry, head, state).
/// </summary>
internal sealed class AuditTrail(AuditSql sql, ICurrentUser user)
{
    /// <summary>The user name recorded for work no signed-in user did (jobs, rules).</summary>
    public const string System = "system";

    /// <summary>Audits what <paramref name="change"/> changed; an event that names no CRM record writes nothing.</summary>
    public async Task RecordAsync(DbConnection connection, DbTransaction transaction, CrmEvent change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (change is PersonalDataErased erased)
        {
            await EraseAsync(connection, transaction, erased, cancellationToken).ConfigureAwait(false);
            return;
        }

        foreach (var audited in AuditedChange.Of(change))
        {
            await WriteAsync(connection, transaction, audited, change.GetType().Name, change.OccurredAt, Actor(), redactBefore: false, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Audits a sales target just written (sales targets raise no event).</summary>
    public Task RecordSalesTargetAsync(DbConnection connection, DbTransaction transaction, string owner, string month, string currency, DateTimeOffset at, CancellationToken cancellationToken) =>
        WriteAsync(connection, transaction, new(AuditedRecord.OfSalesTarget(owner, month, currency), []), "SalesTargetSet", at, Actor(), redactBefore: false, cancellationToken);

    // The record's rows were anonymized already: its earlier entries lose their personal values
    // (hashes untouched: the chain is verified through changes_hash), and the erasure's own entry
    // compares the redacted last state with the anonymized row, so it shows no erased value either.
    private async Task EraseAsync(DbConnection connection, DbTransaction transaction, PersonalDataErased erased, CancellationToken cancellationToken)
    {
        var record = AuditedRecord.Of(erased.Entity, erased.Key);
        var at = DbValues.ToUtcParameter(AuditHash.ToMilliseconds(erased.OccurredAt));
        var entries = await connection.QueryAsync<(long Seq, string Changes)>(new CommandDefinition(AuditSql.Unredacted, new { entity = record.Entity, recordKey = record.Key }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        foreach (var (seq, changes) in entries.ToList())
        {
            var redacted = AuditJson.WriteChanges(AuditJson.ReadChanges(changes).Select(AuditRedaction.Redact));
            await connection.ExecuteAsync(new CommandDefinition(AuditSql.Redact, new { seq, changes = redacted, redactedAt = at }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        }

        var erasure = new AuditedChange(record, [new("erasure", null, erased.Reason)]);
        await WriteAsync(connection, transaction, erasure, nameof(PersonalDataErased), erased.OccurredAt, erased.By, redactBefore: true, cancellationToken).ConfigureAwait(false);
    }

    private async Task WriteAsync(DbConnection connection, DbTransaction transaction, AuditedChange audited, string action, DateTimeOffset occurredAt, string userName, bool redactBefore, CancellationToken cancellationToken)
    {
        var (entity, key) = audited.Record;
        var head = await connection.QuerySingleAsync<(long Seq, string Hash)>(new CommandDefinition(sql.LockHead, transaction: transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        var now = await AuditedTables.ReadAsync(connection, transaction, audited.Record, cancellationToken).ConfigureAwait(false);
        var stored = await connection.ExecuteScalarAsync<string?>(new CommandDefinition(AuditSql.State, new { entity, recordKey = key }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        var before = AuditJson.ReadState(stored);
        if (redactBefore)
        {
            before = AuditRedaction.Redact(before);
        }

        var changes = AuditJson.WriteChanges(Compare(before, now).Concat(audited.Added));
        var seq = head.Seq + 1;
        var at = AuditHash.ToMilliseconds(occurredAt);
        var changesHash = AuditHash.OfChanges(changes);
        var hash = AuditHash.OfEntry(head.Hash, seq, at, userName, action, entity, key, changesHash);
        var entry = new { seq, occurredAt = DbValues.ToUtcParameter(at), userName, action, entity, recordKey = key, changes, changesHash, previousHash = head.Hash, hash };
        await connection.ExecuteAsync(new CommandDefinition(AuditSql.Insert, entry, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(AuditSql.MoveHead, new { seq, hash }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);

        var state = new { entity, recordKey = key, state = AuditJson.WriteState(now) };
        if (stored is null)
        {
            await connection.ExecuteAsync(new CommandDefinition(AuditSql.InsertState, state, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        }
        else
        {
            await connection.ExecuteAsync(new CommandDefinition(AuditSql.UpdateState, state, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        }
    }

    // Fields in the record's order; fields that lost their value (a cleared custom field) after them.
    private static IEnumerable<AuditChange> Compare(Dictionary<string, string> before, Dictionary<string, string> now)
    {
        foreach (var (field, value) in now)
        {
            var old = before.GetValueOrDefault(field);
            if (!string.Equals(old, value, StringComparison.Ordinal))
            {
                yield return new(field, old, value);
            }
        }

        foreach (var (field, old) in before.Where(f => !now.ContainsKey(f.Key)))
        {
            yield return new(field, old, null);
        }
    }

    private string Actor() => user.IsAuthenticated && user.UserName.Length > 0 ? user.UserName : System;
}
