using System.Collections.Concurrent;
using Autofac;
using Autofac.Features.Metadata;
using Crm.Abstractions.Extensibility;
using Crm.Module.Plugins;

namespace Crm.Module.Events;

/// <summary>
/// Finds the handlers of an event in a lifetime scope: those registered for its own type and for
/// each base type up to <see cref="CrmEvent"/>. Walking the bases here gives handlers of a base
/// type every derived event without Autofac's contravariance source, which would change how the
/// host's whole container resolves every contravariant interface.
/// </summary>
internal sealed class EventHandlers
{
    private readonly ConcurrentDictionary<Type, IReadOnlyList<IHandlerSource>> _sources = new();

    public IEnumerable<IHandlerCall> For(ILifetimeScope scope, Type eventType) =>
        _sources.GetOrAdd(eventType, SourcesOf).SelectMany(source => source.Resolve(scope));

    private static IReadOnlyList<IHandlerSource> SourcesOf(Type eventType)
    {
        var sources = new List<IHandlerSource>();
        for (var type = eventType; type is not null && typeof(CrmEvent).IsAssignableFrom(type); type = type.BaseType)
        {
            sources.Add((IHandlerSource)Activator.CreateInstance(typeof(HandlerSource<>).MakeGenericType(type))!);
        }

        return sources;
    }

    private interface IHandlerSource
    {
        IEnumerable<IHandlerCall> Resolve(ILifetimeScope scope);
    }

    private sealed class HandlerSource<TEvent> : IHandlerSource
        where TEvent : CrmEvent
    {
        public IEnumerable<IHandlerCall> Resolve(ILifetimeScope scope) =>
            scope.Resolve<IEnumerable<Meta<Lazy<ICrmEventHandler<TEvent>>>>>()
                .Select((handler, i) => new HandlerCall<TEvent>(handler.Value, i + 1, handler.Metadata.TryGetValue(PluginMetadata.PluginId, out var plugin) ? plugin as string : null));
    }
}
