using Autofac;
using Crm.Module.Events.BeforeChange;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Crm.Module.Events;

/// <summary>
/// The transactional outbox and its dispatcher. Internal on purpose: the host registers every
/// public Autofac module it finds, and this one must be registered exactly once, by CrmModule.
/// </summary>
internal sealed class EventsModule : Autofac.Module
{
    protected override void Load(ContainerBuilder builder)
    {
        builder.Register(c => OutboxOptions.From(c.Resolve<IConfiguration>())).SingleInstance();
        builder.Register(c => CrmEventTypes.Discover(c.ComponentRegistry)).SingleInstance();
        builder.RegisterType<OutboxSignal>().AsSelf().As<IOutboxSignal>().SingleInstance();
        builder.RegisterType<Outbox>().AsSelf().SingleInstance();
        builder.RegisterType<BeforeHandlers>().SingleInstance();
        builder.RegisterType<BeforeChanges>().InstancePerLifetimeScope();
        builder.RegisterType<BeforeChangeOutbox>().As<IOutbox>().InstancePerLifetimeScope();
        builder.RegisterType<OutboxStore>().SingleInstance();
        builder.RegisterType<EventHandlers>().SingleInstance();
        builder.RegisterType<EventDelivery>().SingleInstance();
        builder.RegisterType<OutboxDispatcher>().As<IHostedService>().SingleInstance();
    }
}
