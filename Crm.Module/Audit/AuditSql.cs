using Crm.Module.Data.Dialects;

namespace Crm.Module.Audit;

/// <summary>The audit log's SQL; only the lock of the chain's head differs between engines.</summary>
internal sealed class AuditSql(ISqlDialect dialect)
{
    public const string EntryColumns =
        "seq AS Seq, occurred_at AS OccurredAt, user_name AS UserName, action AS Action, entity AS Entity, record_key AS RecordKey, " +
        "changes AS Changes, changes_hash AS ChangesHash, previous_hash AS PreviousHash, hash AS Hash, redacted_at AS RedactedAt";

    public const string Head = "SELECT last_seq AS Seq, last_hash AS Hash FROM crm_audit_head WHERE id = 1";

    public const string MoveHead = "UPDATE crm_audit_head SET last_seq = @seq, last_hash = @hash WHERE id = 1";

    public const string Insert = """
        INSERT INTO crm_audit_log (seq, occurred_at, user_name, action, entity, record_key, changes, changes_hash, previous_hash, hash)
        VALUES (@seq, @occurredAt, @userName, @action, @entity, @recordKey, @changes, @changesHash, @previousHash, @hash)
        """;

    /// <summary>The record's last audited state; <c>@auditEntity</c>, since <c>@entity</c> is the custom fields' name of the kind in the same command.</summary>
    public const string State = "SELECT state FROM crm_audit_states WHERE entity = @auditEntity AND record_key = @recordKey";

    public const string UpdateState = "UPDATE crm_audit_states SET state = @state WHERE entity = @entity AND record_key = @recordKey";

    public const string InsertState = "INSERT INTO crm_audit_states (entity, record_key, state) VALUES (@entity, @recordKey, @state)";

    public const string Unredacted = """
        SELECT seq AS Seq, changes AS Changes FROM crm_audit_log
        WHERE entity = @entity AND record_key = @recordKey AND redacted_at IS NULL
        """;

    public const string Redact = "UPDATE crm_audit_log SET changes = @changes, redacted_at = @redactedAt WHERE seq = @seq";

    /// <summary>Locks the head until the transaction ends: entries are numbered and chained one writer at a time.</summary>
    public string LockHead { get; } = dialect.SelectForUpdate("last_seq AS Seq, last_hash AS Hash", "crm_audit_head", "id = 1");

    public string OfRecord { get; } =
        $"SELECT {EntryColumns} FROM crm_audit_log WHERE entity = @entity AND record_key = @recordKey AND seq > @after ORDER BY seq {dialect.Paging}";

    public string OfUser { get; } =
        $"SELECT {EntryColumns} FROM crm_audit_log WHERE user_name = @userName AND seq > @after ORDER BY seq {dialect.Paging}";

    public string Chain { get; } =
        $"SELECT {EntryColumns} FROM crm_audit_log WHERE seq > @after AND seq <= @last ORDER BY seq {dialect.Paging}";
}
