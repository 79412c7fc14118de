namespace Crm.Module.Audit;

/// <summary>The entry of one record, collected over the events of one change before it is written.</summary>
internal sealed class PendingEntry(AuditedRecord record, string action, IReadOnlyList<AuditChange> added, DateTimeOffset occurredAt)
{
    private readonly List<string> _actions = [action];
    private readonly List<AuditChange> _added = [.. added];

    public AuditedRecord Record { get; } = record;

    /// <summary>When the first of the events happened.</summary>
    public DateTimeOffset OccurredAt { get; } = occurredAt;

    /// <summary>Every event's action, once each, in order.</summary>
    public string Action => string.Join(AuditTrail.ActionSeparator, _actions);

    public IReadOnlyList<AuditChange> Added => _added;

    public void Add(string action, IReadOnlyList<AuditChange> added)
    {
        if (!_actions.Contains(action, StringComparer.Ordinal))
        {
            _actions.Add(action);
        }

        _added.AddRange(added);
    }
}
