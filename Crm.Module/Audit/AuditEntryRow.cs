using Crm.Module.Data;

namespace Crm.Module.Audit;

// A row of crm_audit_log; timestamps as object because SQLite hands them back as text.
internal sealed class AuditEntryRow
{
    public long Seq { get; set; }

    public object OccurredAt { get; set; } = string.Empty;

    public string UserName { get; set; } = string.Empty;

    public string Action { get; set; } = string.Empty;

    public string Entity { get; set; } = string.Empty;

    public string RecordKey { get; set; } = string.Empty;

    public string Changes { get; set; } = "[]";

    public string ChangesHash { get; set; } = string.Empty;

    public string PreviousHash { get; set; } = string.Empty;

    public string Hash { get; set; } = string.Empty;

    public object? RedactedAt { get; set; }

    public DateTimeOffset At => DbValues.ToNullableUtc(OccurredAt)!.Value;

    public bool IsRedacted => RedactedAt is not (null or DBNull);

    public AuditEntry ToEntry() => new(Seq, At, UserName, Action, Entity, RecordKey, AuditJson.ReadChanges(Changes), IsRedacted, Hash);
}
