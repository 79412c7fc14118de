using System.Collections.Concurrent;

namespace Host.Sample.Tests.Load;

/// <summary>
/// The clients' account of what the host acknowledged: per record (named by the unique token its
/// creation carried) the version, state and journal the last 2xx answer implies. Each record is
/// written by the one client that created it, so entries need no locking beyond the dictionary's.
/// </summary>
internal sealed class WriteLedger
{
    private readonly ConcurrentDictionary<string, ExpectedRecord> _records = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _unacknowledged = new();

    public IEnumerable<ExpectedRecord> Records => _records.Values;

    /// <summary>Tokens of writes that got no 2xx: none of them may be found in the database.</summary>
    public IReadOnlyCollection<string> Unacknowledged => _unacknowledged;

    public ExpectedRecord Created(RecordKind kind, string token, int version, string state, params string[] journal)
    {
        var record = new ExpectedRecord(kind, token) { Version = version, State = state };
        record.Journal.AddRange(journal);
        if (!_records.TryAdd(token, record))
        {
            throw new InvalidOperationException($"Token {token} was used twice.");
        }

        return record;
    }

    public void NotAcknowledged(string token) => _unacknowledged.Enqueue(token);
}

/// <summary>The kinds of records the clients create, each checked against its own table.</summary>
internal enum RecordKind
{
    Inquiry,
    Lead,
    Opportunity,
    Activity,
}

/// <summary>
/// A record as the acknowledged writes left it: <see cref="State"/> is the few fields those writes
/// changed, joined as the check's SQL joins them; <see cref="Journal"/> the entries its history table
/// must hold, in order.
/// </summary>
internal sealed class ExpectedRecord(RecordKind kind, string token)
{
    public RecordKind Kind { get; } = kind;

    public string Token { get; } = token;

    public int Version { get; set; }

    public string State { get; set; } = string.Empty;

    public List<string> Journal { get; } = [];
}
