using System.Globalization;
using Crm.Module.Data;
using Crm.Testing.Databases;
using Dapper;

namespace Crm.Module.Tests.Events;

/// <summary>Reads <c>crm_outbox</c> directly: what an operator would see.</summary>
internal static class OutboxTable
{
    public static async Task<OutboxEntry?> FindAsync(TestDatabase database, Guid eventId)
    {
        await using var connection = await database.OpenConnectionAsync();
        var row = await connection.QuerySingleOrDefaultAsync<RawRow>(
            """
            SELECT event_type AS EventType, attempts AS Attempts, next_attempt_at AS NextAttemptAt, locked_until AS LockedUntil,
                   locked_by AS LockedBy, delivered_at AS DeliveredAt, dead_at AS DeadAt, last_error AS LastError
            FROM crm_outbox WHERE event_id = @eventId
            """,
            new { eventId = eventId.ToString("D", CultureInfo.InvariantCulture) });
        return row?.ToEntry();
    }

    public static async Task<OutboxEntry> GetAsync(TestDatabase database, Guid eventId) =>
        await FindAsync(database, eventId) ?? throw new AssertFailedException($"No outbox row for {eventId}.");

    public static async Task<int> CountAsync(TestDatabase database, string condition)
    {
        await using var connection = await database.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<int>($"SELECT COUNT(*) FROM crm_outbox WHERE {condition}");
    }

    public static async Task<IReadOnlyDictionary<string, int>> DeliveredPerNodeAsync(TestDatabase database)
    {
        await using var connection = await database.OpenConnectionAsync();
        var rows = await connection.QueryAsync<(string Node, long Count)>(
            "SELECT locked_by, COUNT(*) FROM crm_outbox WHERE delivered_at IS NOT NULL GROUP BY locked_by");
        return rows.ToDictionary(r => r.Node, r => (int)r.Count);
    }

    private sealed class RawRow
    {
        public string EventType { get; set; } = string.Empty;

        public int Attempts { get; set; }

        public object? NextAttemptAt { get; set; }

        public object? LockedUntil { get; set; }

        public string? LockedBy { get; set; }

        public object? DeliveredAt { get; set; }

        public object? DeadAt { get; set; }

        public string? LastError { get; set; }

        public OutboxEntry ToEntry() => new(
            EventType, Attempts, DbValues.ToNullableUtc(NextAttemptAt), DbValues.ToNullableUtc(LockedUntil), LockedBy,
            DbValues.ToNullableUtc(DeliveredAt), DbValues.ToNullableUtc(DeadAt), LastError);
    }
}

internal sealed record OutboxEntry(
    string EventType,
    int Attempts,
    DateTimeOffset? NextAttemptAt,
    DateTimeOffset? LockedUntil,
    string? LockedBy,
    DateTimeOffset? DeliveredAt,
    DateTimeOffset? DeadAt,
    string? LastError);
