using System.Diagnostics.CodeAnalysis;
using Autofac.Core;
using Crm.Abstractions.Extensibility;

namespace Crm.Module.Events;

/// <summary>
/// Stable names of event types and the CLR types they are read back as. Known are every concrete
/// event in Crm.Abstractions (the add-on's own events) and every event type that some
/// <see cref="ICrmEventHandler{TEvent}"/> in the container is registered for (plugins' events, and
/// test events): a host can only deliver what it has a handler for, so that is exactly what it
/// must be able to read. A stored name this host does not know is a delivery failure like any
/// other: retried with backoff, so a host that knows it (the plugin installed, a newer version)
/// can still deliver it, and given up after the last attempt.
/// </summary>
internal sealed class CrmEventTypes
{
    private const int MaxNameLength = 200;

    private readonly Dictionary<string, Type> _byName;

    private CrmEventTypes(Dictionary<string, Type> byName) => _byName = byName;

    /// <summary>The name stored in <c>crm_outbox.event_type</c>: the full type name, without the assembly.</summary>
    public static string NameOf(Type eventType)
    {
        ArgumentNullException.ThrowIfNull(eventType);
        if (!typeof(CrmEvent).IsAssignableFrom(eventType) || eventType.IsAbstract)
        {
            throw new ArgumentException($"{eventType} is not a concrete {nameof(CrmEvent)}.", nameof(eventType));
        }

        if (eventType.IsGenericType || eventType.FullName is not { Length: > 0 and <= MaxNameLength } name)
        {
            throw new ArgumentException($"{eventType} cannot be an event: generic, or its full name is longer than {MaxNameLength} characters.", nameof(eventType));
        }

        return name;
    }

    public static CrmEventTypes Discover(IComponentRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        var handled = registry.Registrations
            .SelectMany(r => r.Services)
            .OfType<IServiceWithType>()
            .Select(s => s.ServiceType)
            .Where(t => t.IsGenericType && t.GetGenericTypeDefinition() == typeof(ICrmEventHandler<>))
            .Select(t => t.GetGenericArguments()[0]);
        return From(typeof(CrmEvent).Assembly.GetTypes().Concat(handled));
    }

    public bool TryGetType(string name, [NotNullWhen(true)] out Type? type) => _byName.TryGetValue(name, out type);

    /// <summary>
    /// The registry of <paramref name="types"/>, ignoring abstract ones (handlers of a base type).
    /// Two different types of one name (two plugins, or two copies of one plugin) stop start-up:
    /// reading an event as the wrong one would be worse.
    /// </summary>
    private static CrmEventTypes From(IEnumerable<Type> types)
    {
        var byName = new Dictionary<string, Type>(StringComparer.Ordinal);
        foreach (var type in types.Where(t => typeof(CrmEvent).IsAssignableFrom(t) && !t.IsAbstract).Distinct())
        {
            var name = NameOf(type);
            if (!byName.TryAdd(name, type))
            {
                throw new InvalidOperationException(
                    $"Two event types are named '{name}': in {Origin(byName[name])} and in {Origin(type)}.");
            }
        }

        return new CrmEventTypes(byName);
    }

    private static string Origin(Type type) =>
        string.IsNullOrEmpty(type.Assembly.Location) ? type.Assembly.FullName ?? "?" : type.Assembly.Location;
}
