using Autofac;
using Autofac.Core;
using Autofac.Core.Resolving;

namespace Crm.Module.Plugins;

/// <summary>
/// The registered implementations of a contract that plugins add to (rules, sources, channels),
/// created one by one in place of Autofac's <c>IEnumerable&lt;T&gt;</c>, which fails whole when one
/// of them cannot be created. A vertical plugin's part that cannot be created is left out, and its
/// plugin is disabled with the reason (<see cref="PluginHealth.NotCreated"/>): a broken plugin never
/// takes the host down. The add-on's and the host's own parts are created as before, so a defect
/// there still stops start-up.
/// </summary>
internal static class PluginParts
{
    /// <summary>Every part of <typeparamref name="T"/> that could be created, in registration order, as <c>IEnumerable&lt;T&gt;</c> gives them.</summary>
    public static IReadOnlyList<T> Resolve<T>(IComponentContext context)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(context);
        var scope = context.Resolve<ILifetimeScope>();
        var health = context.Resolve<PluginHealth>();
        var service = new TypedService(typeof(T));
        var parts = new List<T>();

        // Autofac lists the last registration (the default) first.
        foreach (var registration in scope.ComponentRegistry.ServiceRegistrationsFor(service).Reverse())
        {
            var plugin = PluginMetadata.Of(registration.Registration);
            if (plugin is null)
            {
                parts.Add(Create<T>(scope, service, registration));
                continue;
            }

            if (health.WasNotCreated(registration.Registration))
            {
                continue;
            }

            try
            {
                parts.Add(Create<T>(scope, service, registration));
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                health.NotCreated(plugin, registration.Registration, typeof(T), e);
            }
        }

        return parts;
    }

    /// <summary>
    /// A constructor parameter of type <c>IEnumerable&lt;T&gt;</c> filled by <see cref="Resolve{T}"/>,
    /// for <c>RegisterType&lt;…&gt;().WithParameter(PluginParts.Of&lt;T&gt;())</c>.
    /// </summary>
    public static Parameter Of<T>()
        where T : notnull =>
        new ResolvedParameter((p, _) => p.ParameterType == typeof(IEnumerable<T>), (_, c) => Resolve<T>(c));

    private static T Create<T>(ILifetimeScope scope, Service service, ServiceRegistration registration)
        where T : notnull =>
        (T)scope.ResolveComponent(new ResolveRequest(service, registration, []));
}
