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
/// entry is chained to. The cost per record: one command that locks the head and reads the
/// record's row, custom fields and state, and one that writes the entry, the head and the state.
/// </summary>
internal sealed class AuditTrail(AuditSql sql, ICurrentUser user)
{
    /// <summary>The user name recorded for work no signed-in user did (jobs, rules).</summary>
    public const string System = "system";

    /// <summary>Between the actions of an entry that stands for several events of one change.</summary>
    public const string ActionSeparator = ", ";

    /// <summary>Audits what <paramref name="change"/> changed; an event that names no CRM record writes nothing.</summary>
    public Task RecordAsync(DbConnection connection, DbTransaction transaction, CrmEvent change, CancellationToken cancellationToken) =>
        RecordAsync(connection, transaction, [change], cancellationToken);

    /// <summary>
    /// Audits what the events of one change changed: one entry per record, however many of the
    /// events name it (an inquiry logged and assigned in one transaction is one entry, whose action
    /// names both events, in order, separated by <see cref="ActionSeparator"/>). The entry compares
    /// the record's last audited state with the state the whole change left; a second entry for the
    /// same transaction would only repeat the state the first one just wrote.
    /// </summary>
    public async Task RecordAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<CrmEvent> changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var pending = new List<PendingEntry>();
        foreach (var change in changes)
        {
            ArgumentNullException.ThrowIfNull(change, nameof(changes));
            if (change is PersonalDataErased erased)
            {
                // An erasure changes what later entries compare with: what came before it is written first.
                await WriteAsync(connection, transaction, pending, cancellationToken).ConfigureAwait(false);
                pending.Clear();
                await EraseAsync(connection, transaction, erased, cancellationToken).ConfigureAwait(false);
                continue;
            }

            foreach (var audited in AuditedChange.Of(change))
            {
                var action = change.GetType().Name;
                if (pending.Find(p => p.Record == audited.Record) is { } entry)
                {
                    entry.Add(action, audited.Added);
                }
                else
                {
                    pending.Add(new PendingEntry(audited.Record, action, audited.Added, change.OccurredAt));
                }
            }
        }

        await WriteAsync(connection, transaction, pending, cancellationToken).ConfigureAwait(false);
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

    private async Task WriteAsync(DbConnection connection, DbTransaction transaction, IEnumerable<PendingEntry> entries, CancellationToken cancellationToken)
    {
        foreach (var entry in entries)
        {
            await WriteAsync(connection, transaction, new AuditedChange(entry.Record, entry.Added), entry.Action, entry.OccurredAt, Actor(), redactBefore: false, cancellationToken).ConfigureAwait(false);
        }
    }

    // Two round trips: the reads (the head's lock first, so the record and its state are read as
    // the last writer left them), then the writes.
    private async Task WriteAsync(DbConnection connection, DbTransaction transaction, AuditedChange audited, string action, DateTimeOffset occurredAt, string userName, bool redactBefore, CancellationToken cancellationToken)
    {
        var (entity, key) = audited.Record;
        var record = AuditedTables.Read(audited.Record);
        var reads = new DynamicParameters(record.Parameters);
        reads.Add("auditEntity", entity);
        reads.Add("recordKey", key);
        var statements = string.Join(";\n", new[] { sql.LockHead }.Concat(record.Statements).Append(AuditSql.State));
        (long Seq, string Hash) head;
        Dictionary<string, string> now;
        string? stored;
        var results = await connection.QueryMultipleAsync(new CommandDefinition(statements, reads, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        await using (results.ConfigureAwait(false))
        {
            head = await results.ReadSingleAsync<(long Seq, string Hash)>().ConfigureAwait(false);
            now = await record.ReadAsync(results).ConfigureAwait(false);
            stored = await results.ReadSingleOrDefaultAsync<string?>().ConfigureAwait(false);
        }

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
        var writes = new { seq, occurredAt = DbValues.ToUtcParameter(at), userName, action, entity, recordKey = key, changes, changesHash, previousHash = head.Hash, hash, state = AuditJson.WriteState(now) };
        var write = string.Join(";\n", AuditSql.Insert, AuditSql.MoveHead, stored is null ? AuditSql.InsertState : AuditSql.UpdateState);
        await connection.ExecuteAsync(new CommandDefinition(write, writes, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
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

