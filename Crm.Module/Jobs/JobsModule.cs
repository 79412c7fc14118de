using Autofac;
using Crm.Abstractions.Api;
using Crm.Module.Plugins;
using Microsoft.Extensions.Hosting;

namespace Crm.Module.Jobs;

/// <summary>Plugins' scheduled jobs (<c>ICrmJob</c>): their catalog, runner, Quartz schedules, last runs and endpoint. Internal; CrmModule includes it.</summary>
internal sealed class JobsModule : Autofac.Module
{
    protected override void Load(ContainerBuilder builder)
    {
        builder.RegisterType<JobOptions>().SingleInstance();
        builder.Register(c => JobCatalog.Discover(c.Resolve<ILifetimeScope>(), c.Resolve<JobOptions>(), c.Resolve<PluginHealth>())).SingleInstance();
        builder.RegisterType<JobRunStore>().SingleInstance();
        builder.RegisterType<JobRunner>().SingleInstance();
        builder.RegisterType<PluginJob>().AsSelf();
        builder.RegisterType<JobSchedules>().As<IHostedService>().SingleInstance();
        builder.RegisterType<JobList>().InstancePerLifetimeScope();
        builder.RegisterType<JobEndpoints>().As<ICrmApiContributor>().SingleInstance();
    }
}
