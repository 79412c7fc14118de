namespace Host.Sample.Tests.Load;

/// <summary>
/// What one client sent: per operation the latency of every request, and every request that did not
/// get a 2xx (with the answer, to print). One per client, so no locking; merged after the run.
/// </summary>
internal sealed class OperationLog
{
    private readonly Dictionary<string, Operation> _operations = new(StringComparer.Ordinal);
    private readonly List<string> _errors = [];

    public IReadOnlyDictionary<string, Operation> Operations => _operations;

    public IReadOnlyList<string> Errors => _errors;

    public void Record(string operation, bool isWrite, double milliseconds)
    {
        if (!_operations.TryGetValue(operation, out var entry))
        {
            entry = new Operation(operation, isWrite);
            _operations.Add(operation, entry);
        }

        entry.Milliseconds.Add(milliseconds);
    }

    public void Error(string description) => _errors.Add(description);

    /// <summary>One kind of request and the latencies it had.</summary>
    internal sealed record Operation(string Name, bool IsWrite)
    {
        public List<double> Milliseconds { get; } = [];
    }
}
