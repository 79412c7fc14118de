using Crm.Abstractions.Api;
using McMaster.NETCore.Plugins;
using Microsoft.Extensions.DependencyInjection;

namespace Host.Sample.AddOns;

/// <summary>
/// Loads every add-on folder (<c>addons/Name/Name.dll</c>) with McMaster.NETCore.Plugins and finds
/// its Autofac modules. The only place that knows the plugin library, which is in maintenance mode.
/// </summary>
/// <remarks>
/// Types of Crm.Abstractions, Autofac, ASP.NET Core and Microsoft.Extensions must be the host's own
/// or nothing fits together; when an add-on carries a private copy, McMaster loads it silently and
/// its module is "not an Autofac.Module". The loader checks for exactly that and reports it.
/// </remarks>
public static class AddOnLoader
{
    private static readonly Type[] SharedTypes =
    [
        typeof(ICrmApiContributor),
        typeof(Autofac.Module),
        typeof(IServiceCollection),
    ];

    public static IReadOnlyList<LoadedAddOn> LoadAll(string addOnFolder)
    {
        if (!Directory.Exists(addOnFolder))
        {
            return [];
        }

        return
        [
            .. Directory.EnumerateDirectories(addOnFolder)
                .Order(StringComparer.Ordinal)
                .Select(Load),
        ];
    }

    public static LoadedAddOn Load(string folder)
    {
        var name = Path.GetFileName(folder);
        var assemblyPath = Path.GetFullPath(Path.Combine(folder, name + ".dll"));
        if (!File.Exists(assemblyPath))
        {
            return new LoadedAddOn(name, null, [], $"The folder has no {name}.dll.");
        }

        try
        {
            var loader = PluginLoader.CreateFromAssemblyFile(assemblyPath, SharedTypes, config => config.PreferSharedTypes = true);
            var assembly = loader.LoadDefaultAssembly();
            var candidates = assembly.GetExportedTypes()
                .Where(t => t is { IsClass: true, IsAbstract: false } && t.BaseType?.FullName == typeof(Autofac.Module).FullName)
                .ToList();
            var unshared = candidates.FirstOrDefault(t => !typeof(Autofac.Module).IsAssignableFrom(t));
            if (unshared is not null)
            {
                return new LoadedAddOn(name, assembly, [], $"{unshared.FullName} derives from a private copy of Autofac; the add-on must not ship Autofac.dll.");
            }

            if (candidates.Count == 0)
            {
                return new LoadedAddOn(name, assembly, [], "The add-on has no public Autofac module.");
            }

            var modules = candidates.Select(t => (Autofac.Module)Activator.CreateInstance(t)!).ToList();
            return new LoadedAddOn(name, assembly, modules, null);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A broken add-on must not take the host down: it is reported and left out.
            return new LoadedAddOn(name, null, [], $"{e.GetType().Name}: {e.Message}");
        }
    }
}
