namespace Crm.Module.Events;

// A due row as the dispatcher reads it; only what delivery needs, no timestamps (their CLR type
// depends on the provider).
internal sealed class OutboxRow
{
    public const string Columns = "id AS Id, event_id AS EventId, event_type AS EventType, payload AS Payload, attempts AS Attempts";

    public long Id { get; set; }

    public string EventId { get; set; } = string.Empty;

    public string EventType { get; set; } = string.Empty;

    public string Payload { get; set; } = string.Empty;

    public int Attempts { get; set; }
}
