using System.Collections.Concurrent;
using System.Reflection;
using Autofac;
using Crm.Abstractions.Extensibility;
using Crm.Module.Plugins;

namespace Crm.Module.Events;

/// <summary>
/// Finds the handlers of an event in a lifetime scope: those registered for its own type and for
/// each base type up to <see cref="CrmEvent"/>, most specific first. Walking the bases here gives
/// handlers of a base type every derived event without Autofac's contravariance source, which would
/// change how the host's whole container resolves every contravariant interface.
/// </summary>
/// <typeparam name="TCall">How a caller runs one handler.</typeparam>
internal abstract class HandlersByEventType<TCall>
{
    private static readonly MethodInfo SourceOfMethod =
        typeof(HandlersByEventType<TCall>).GetMethod(nameof(SourceOf), BindingFlags.Instance | BindingFlags.NonPublic)!;

    private readonly ConcurrentDictionary<Type, IReadOnlyList<Func<ILifetimeScope, IEnumerable<TCall>>>> _sources = new();

    public IEnumerable<TCall> For(ILifetimeScope scope, Type eventType) =>
        _sources.GetOrAdd(eventType, SourcesOf).SelectMany(source => source(scope));

    /// <summary>
    /// The handlers registered for exactly <typeparamref name="TEvent"/>, each resolved lazily (so one
    /// that cannot be created fails alone) and numbered in registration order.
    /// </summary>
    protected abstract IEnumerable<TCall> Resolve<TEvent>(ILifetimeScope scope)
        where TEvent : CrmEvent;

    /// <summary>The plugin a handler's registration belongs to; null for the add-on's and the host's.</summary>
    protected static string? PluginIdOf(IDictionary<string, object?> metadata) =>
        metadata.TryGetValue(PluginMetadata.PluginId, out var plugin) ? plugin as string : null;

    private IReadOnlyList<Func<ILifetimeScope, IEnumerable<TCall>>> SourcesOf(Type eventType)
    {
        var sources = new List<Func<ILifetimeScope, IEnumerable<TCall>>>();
        for (var type = eventType; type is not null && typeof(CrmEvent).IsAssignableFrom(type); type = type.BaseType)
        {
            sources.Add((Func<ILifetimeScope, IEnumerable<TCall>>)SourceOfMethod.MakeGenericMethod(type).Invoke(this, null)!);
        }

        return sources;
    }

    private Func<ILifetimeScope, IEnumerable<TCall>> SourceOf<TEvent>()
        where TEvent : CrmEvent => Resolve<TEvent>;
}
