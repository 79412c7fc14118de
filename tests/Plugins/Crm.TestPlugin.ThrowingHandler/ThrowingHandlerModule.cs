using Autofac;
using Crm.Abstractions.Extensibility;
using Crm.Abstractions.FollowUps;

namespace Crm.TestPlugin.ThrowingHandler;

/// <summary>A plugin that loads fine but one of whose two event handlers, and whose follow-up rule and scheduled job, throw at run time.</summary>
public sealed class ThrowingHandlerModule : Module
{
    protected override void Load(ContainerBuilder builder)
    {
        builder.RegisterType<WorkingHandler>().As<ICrmEventHandler<CrmEvent>>();
        builder.RegisterType<FailingHandler>().As<ICrmEventHandler<CrmEvent>>();
        builder.RegisterType<ThrowingRule>().As<IFollowUpRule>().SingleInstance();
        builder.RegisterType<ThrowingJob>().As<ICrmJob>();
    }
}
