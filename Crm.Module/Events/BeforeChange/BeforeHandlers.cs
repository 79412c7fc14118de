using Autofac;
using Autofac.Features.Metadata;
using Crm.Abstractions.Extensibility;

namespace Crm.Module.Events.BeforeChange;

/// <summary>The before-change handlers of an event (<see cref="ICrmBeforeHandler{TEvent}"/>), by <see cref="HandlersByEventType{TCall}"/>.</summary>
internal sealed class BeforeHandlers : HandlersByEventType<IBeforeHandlerCall>
{
    protected override IEnumerable<IBeforeHandlerCall> Resolve<TEvent>(ILifetimeScope scope) =>
        scope.Resolve<IEnumerable<Meta<Lazy<ICrmBeforeHandler<TEvent>>>>>()
            .Select((handler, i) => new BeforeHandlerCall<TEvent>(handler.Value, i + 1, PluginIdOf(handler.Metadata)));
}
