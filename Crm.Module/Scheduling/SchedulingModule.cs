using Autofac;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Crm.Module.Scheduling;

/// <summary>
/// Quartz-scheduled jobs. Internal on purpose: the host registers every public Autofac module it
/// finds, and this one must be registered exactly once, by CrmModule. Job types are registered
/// where they are written (<c>RegisterType&lt;MyJob&gt;().AsSelf()</c>), in the add-on or a plugin.
/// </summary>
internal sealed class SchedulingModule : Autofac.Module
{
    protected override void Load(ContainerBuilder builder)
    {
        builder.Register(c => SchedulingOptions.From(c.Resolve<IConfiguration>())).SingleInstance();
        builder.Register(c => CrmJobTypes.Discover(c.ComponentRegistry)).SingleInstance();
        builder.RegisterType<CrmQuartz>().SingleInstance();
        builder.RegisterType<CrmScheduler>().As<ICrmScheduler>().SingleInstance();
        builder.RegisterType<SchedulerService>().As<IHostedService>().SingleInstance();
    }
}
