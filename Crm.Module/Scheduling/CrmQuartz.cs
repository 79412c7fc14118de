using Autofac;
using Crm.Abstractions.Erp;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Crm.Module.Scheduling;

/// <summary>
/// Owns this host's Quartz scheduler. Built on first use, so jobs can be scheduled before the host
/// has started it (they are stored and fire once it runs); shut down with the container at the latest.
/// With scheduling switched off the scheduler is still built, never started: this host stores
/// schedules (an activity's reminder) for the hosts that run them, and fires nothing itself.
/// </summary>
internal sealed class CrmQuartz(SchedulingOptions options, IErpDatabase database, ILifetimeScope container, CrmJobTypes jobTypes, ILoggerFactory loggerFactory) : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private StandaloneSchedulerFactory? _factory;
    private IScheduler? _scheduler;
    private bool _disposed;

    public bool Enabled => options.Enabled;

    public async Task<IScheduler> GetSchedulerAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_scheduler is null)
            {
                var jobFactory = new AutofacJobFactory(container, jobTypes, loggerFactory);
                _factory = QuartzSetup.Build(options, database, jobFactory, jobTypes, loggerFactory);
                _scheduler = await _factory.GetScheduler(cancellationToken).ConfigureAwait(false);
            }

            return _scheduler;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Stops firing and waits for running jobs; a scheduler that was never built is left alone.</summary>
    public async Task ShutdownAsync(bool waitForJobs, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_scheduler is { Status: not (SchedulerStatus.Shutdown or SchedulerStatus.ShuttingDown) } scheduler)
            {
                await scheduler.Shutdown(waitForJobs, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await ShutdownAsync(waitForJobs: false, CancellationToken.None).ConfigureAwait(false);
        _disposed = true;
        if (_factory is not null)
        {
            await _factory.DisposeAsync().ConfigureAwait(false);
        }

        _gate.Dispose();
    }
}
