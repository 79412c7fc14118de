using System.Reflection;
using Autofac.Core;

namespace Crm.Module.Plugins;

/// <summary>A plugin's entry points: its public, concrete Autofac modules, created.</summary>
internal static class PluginModules
{
    /// <returns>The modules, or none with <paramref name="error"/> saying why.</returns>
    public static IReadOnlyList<IModule> Create(Assembly assembly, out string? error)
    {
        // GetExportedTypes touches every public type now, so a missing dependency fails here, at
        // start, rather than on the first event.
        var candidates = assembly.GetExportedTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && t.BaseType?.FullName == typeof(Autofac.Module).FullName)
            .ToList();
        var unshared = candidates.FirstOrDefault(t => !typeof(Autofac.Module).IsAssignableFrom(t));
        if (unshared is not null)
        {
            error = $"{unshared.FullName} derives from a private copy of Autofac; the plugin must not ship Autofac.dll.";
            return [];
        }

        if (candidates.Count == 0)
        {
            error = "The plugin has no public Autofac module.";
            return [];
        }

        error = null;
        return [.. candidates.Select(t => (IModule)Activator.CreateInstance(t)!)];
    }
}
