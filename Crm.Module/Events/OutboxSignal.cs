namespace Crm.Module.Events;

/// <summary>
/// A latch the dispatcher waits on: <see cref="Notify"/> opens it, <see cref="Reset"/> closes it
/// again before the dispatcher reads the table. A wake-up that arrives while the dispatcher is
/// reading therefore leaves the latch open and causes one more read, so none is lost.
/// </summary>
internal sealed class OutboxSignal : IOutboxSignal
{
    private TaskCompletionSource _latch = NewLatch();

    public void Notify() => Volatile.Read(ref _latch).TrySetResult();

    public void Reset()
    {
        var latch = Volatile.Read(ref _latch);
        if (latch.Task.IsCompleted)
        {
            Interlocked.CompareExchange(ref _latch, NewLatch(), latch);
        }
    }

    /// <summary>Waits for a wake-up, at most <paramref name="timeout"/>; returns early (without throwing) when cancelled.</summary>
    public async Task WaitAsync(TimeSpan timeout, TimeProvider clock, CancellationToken cancellationToken) =>
        await Volatile.Read(ref _latch).Task
            .WaitAsync(timeout, clock, cancellationToken)
            .ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);

    private static TaskCompletionSource NewLatch() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
