using Autofac;
using Microsoft.Extensions.Logging;
using Quartz;
using Quartz.Extensibility;

namespace Crm.Module.Scheduling;

/// <summary>
/// Creates each job from the container in a lifetime scope of its own, so a job gets fresh scoped
/// services (connections, the no-user identity) per execution, and disposes the scope afterwards.
/// </summary>
internal sealed class AutofacJobFactory(ILifetimeScope container, CrmJobTypes jobTypes, ILoggerFactory loggerFactory) : IJobFactory
{
    public ValueTask<JobScope> CreateJob(TriggerFiredBundle bundle, IScheduler scheduler, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        var type = bundle.JobDetail.JobType.Type;
        if (!jobTypes.IsKnown(type))
        {
            throw new SchedulerException($"The job type {type.FullName} is not registered in the container; register it in the module that schedules it.");
        }

        var scope = container.BeginLifetimeScope();
        try
        {
            var job = (IJob)scope.Resolve(type);
            return ValueTask.FromResult(new JobScope(new ObservedJob(job, loggerFactory.CreateLogger<ObservedJob>()), scope));
        }
        catch
        {
            scope.Dispose();
            throw;
        }
    }

    public async ValueTask ReturnJob(JobScope jobScope, CancellationToken cancellationToken)
    {
        if (jobScope.State is ILifetimeScope scope)
        {
            await scope.DisposeAsync().ConfigureAwait(false);
        }
    }
}
