using System.Collections.Concurrent;
using Autofac;
using Autofac.Features.Metadata;
using Crm.Abstractions.Extensibility;
using Crm.Module.Plugins;

namespace Crm.Module.Events.BeforeChange;

/// <summary>
/// Finds the before-change handlers of an event in a lifetime scope: those registered for its own
/// type and for each base type up to <see cref="CrmEvent"/>, most specific first, the way
/// <see cref="EventHandlers"/> finds the after-commit ones (and for the same reason).
/// </summary>
internal sealed class BeforeHandlers
{
    private readonly ConcurrentDictionary<Type, IReadOnlyList<IHandlerSource>> _sources = new();

    public IEnumerable<IBeforeHandlerCall> For(ILifetimeScope scope, Type eventType) =>
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
        IEnumerable<IBeforeHandlerCall> Resolve(ILifetimeScope scope);
    }

    private sealed class HandlerSource<TEvent> : IHandlerSource
        where TEvent : CrmEvent
    {
        public IEnumerable<IBeforeHandlerCall> Resolve(ILifetimeScope scope) =>
            scope.Resolve<IEnumerable<Meta<Lazy<ICrmBeforeHandler<TEvent>>>>>()
                .Select((handler, i) => new BeforeHandlerCall<TEvent>(handler.Value, i + 1, handler.Metadata.TryGetValue(PluginMetadata.PluginId, out var plugin) ? plugin as string : null));
    }
}
