using Crm.Abstractions.Security;
using Crm.Module.Data;
using Dapper;

namespace Crm.Module.Audit;

/// <summary>
/// Walks the audit chain from its first entry to the head and recomputes every hash. A redacted
/// entry's values were erased on purpose: it is verified through its stored changes hash and
/// counted as redacted.
/// </summary>
internal sealed class AuditVerifier(CrmDatabase database, AuditSql sql, ICurrentUser user)
{
    private const int PageSize = 500;

    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken)
    {
        user.Demand(Messages.ActionVerifyAuditLog, CrmRoles.Admin);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);

        // The head first: every entry up to it is committed, whatever is written meanwhile.
        var head = await connection.QuerySingleAsync<(long Seq, string Hash)>(new CommandDefinition(AuditSql.Head, cancellationToken: cancellationToken)).ConfigureAwait(false);
        long seq = 0;
        var hash = AuditHash.Genesis;
        long redacted = 0;
        while (seq < head.Seq)
        {
            var page = (await connection.QueryAsync<AuditEntryRow>(new CommandDefinition(sql.Chain, new { after = seq, last = head.Seq, skip = 0, take = PageSize }, cancellationToken: cancellationToken)).ConfigureAwait(false)).ToList();
            if (page.Count == 0)
            {
                break;
            }

            foreach (var entry in page)
            {
                if (!Holds(entry, seq + 1, hash))
                {
                    return new(seq, false, seq + 1, redacted, head.Seq, head.Hash);
                }

                redacted += entry.IsRedacted ? 1 : 0;
                seq = entry.Seq;
                hash = entry.Hash;
            }
        }

        // Entries missing at the end, or a head that does not name the last entry's hash.
        var valid = seq == head.Seq && string.Equals(hash, head.Hash, StringComparison.Ordinal);
        return new(seq, valid, valid ? null : seq + 1, redacted, head.Seq, head.Hash);
    }

    private static bool Holds(AuditEntryRow entry, long expectedSeq, string previousHash) =>
        entry.Seq == expectedSeq
        && string.Equals(entry.PreviousHash, previousHash, StringComparison.Ordinal)
        && (entry.IsRedacted || string.Equals(AuditHash.OfChanges(entry.Changes), entry.ChangesHash, StringComparison.Ordinal))
        && string.Equals(AuditHash.OfEntry(previousHash, entry.Seq, entry.At, entry.UserName, entry.Action, entry.Entity, entry.RecordKey, entry.ChangesHash), entry.Hash, StringComparison.Ordinal);
}
