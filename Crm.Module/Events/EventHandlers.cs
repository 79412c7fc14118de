using Autofac;
using Autofac.Features.Metadata;
using Crm.Abstractions.Extensibility;

namespace Crm.Module.Events;

/// <summary>The after-commit handlers of an event (<see cref="ICrmEventHandler{TEvent}"/>), by <see cref="HandlersByEventType{TCall}"/>.</summary>
internal sealed class EventHandlers : HandlersByEventType<IHandlerCall>
{
    protected override IEnumerable<IHandlerCall> Resolve<TEvent>(ILifetimeScope scope) =>
        scope.Resolve<IEnumerable<Meta<Lazy<ICrmEventHandler<TEvent>>>>>()
            .Select((handler, i) => new HandlerCall<TEvent>(handler.Value, i + 1, PluginIdOf(handler.Metadata)));
}
