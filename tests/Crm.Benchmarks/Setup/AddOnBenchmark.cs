using BenchmarkDotNet.Attributes;

namespace Crm.Benchmarks.Setup;

/// <summary>
/// A hot path's benchmark class: the add-on started on the generated database and the account all
/// its reads look at, the one with the most orders (the worst case of the per-account paths).
/// </summary>
public abstract class AddOnBenchmark
{
    private AddOn? _addOn;

    /// <summary>Page size of every paged read: the screens show 25 rows.</summary>
    protected const int PageSize = 25;

    private protected AddOn AddOn => _addOn ?? throw new InvalidOperationException("GlobalSetup has not run.");

    protected string AccountKey { get; private set; } = string.Empty;

    [GlobalSetup]
    public async Task StartAsync()
    {
        _addOn = await AddOn.StartAsync(await TargetAsync().ConfigureAwait(false), Settings).ConfigureAwait(false);
        var connection = await _addOn.OpenRawAsync().ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = RawCommand.Create(connection, "SELECT customer_no FROM erp_orders GROUP BY customer_no ORDER BY COUNT(*) DESC, customer_no LIMIT 1", new Dictionary<string, object?>());
            AccountKey = (string)(await command.ExecuteScalarAsync().ConfigureAwait(false))!;
        }

        await PrepareAsync().ConfigureAwait(false);
    }

    [GlobalCleanup]
    public async Task StopAsync()
    {
        if (_addOn is not null)
        {
            await _addOn.DisposeAsync().ConfigureAwait(false);
            _addOn = null;
        }

        await ReleaseAsync().ConfigureAwait(false);
    }

    /// <summary>The database this class runs on; the write paths take a copy of their own.</summary>
    private protected virtual Task<BenchmarkTarget> TargetAsync() => Task.FromResult(BenchmarkTarget.Current);

    /// <summary>Settings over Host.Sample's configuration for this class; none by default.</summary>
    private protected virtual IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>();

    /// <summary>Builds what both methods use (statements, parameters) outside the measurement.</summary>
    protected virtual Task PrepareAsync() => Task.CompletedTask;

    /// <summary>The baseline of a read path: <paramref name="statements"/> on a pooled connection of its own, every row read.</summary>
    private protected async Task<List<object[]>> ReadRawAsync(string statements, IReadOnlyDictionary<string, object?> parameters)
    {
        var connection = await AddOn.OpenRawAsync().ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = RawCommand.Create(connection, statements, parameters);
            return await RawCommand.ReadAllAsync(command).ConfigureAwait(false);
        }
    }

    protected virtual Task ReleaseAsync() => Task.CompletedTask;
}
