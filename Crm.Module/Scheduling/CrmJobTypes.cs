using Autofac.Core;
using Quartz;

namespace Crm.Module.Scheduling;

/// <summary>
/// The job types this host can run: every <see cref="IJob"/> registered in the container, the
/// add-on's own and those of plugins. Quartz stores a job's type by name; resolving that name
/// here rather than with <c>Type.GetType</c> finds types from any plugin's load context.
/// </summary>
internal sealed class CrmJobTypes
{
    private readonly Dictionary<string, Type> _byName;

    private CrmJobTypes(IEnumerable<Type> types) =>
        _byName = types.Distinct().ToDictionary(t => t.FullName!, StringComparer.Ordinal);

    public static CrmJobTypes Discover(IComponentRegistry registry) => new(
        registry.Registrations
            .SelectMany(r => r.Services.OfType<IServiceWithType>().Select(s => s.ServiceType).Append(r.Activator.LimitType))
            .Where(t => t is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false, FullName: not null } && typeof(IJob).IsAssignableFrom(t)));

    public bool IsKnown(Type type) => type.FullName is { } name && _byName.TryGetValue(name, out var known) && known == type;

    /// <summary>Finds a type by the name Quartz stored: <c>Namespace.Type, Assembly</c> or just the full name.</summary>
    public bool TryGetType(string storedName, out Type type)
    {
        var comma = storedName.IndexOf(',', StringComparison.Ordinal);
        var fullName = (comma < 0 ? storedName : storedName[..comma]).Trim();
        return _byName.TryGetValue(fullName, out type!);
    }
}
