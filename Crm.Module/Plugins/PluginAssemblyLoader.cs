using System.Reflection;
using System.Runtime.Loader;
using Crm.Abstractions.Extensibility;
using McMaster.NETCore.Plugins;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Crm.Module.Plugins;

/// <summary>
/// Loads a plugin's main assembly in a load context of its own. The only place that knows
/// McMaster.NETCore.Plugins, which is in maintenance mode.
/// </summary>
/// <remarks>
/// The plugin must see the very types the add-on sees, or its module is "not an Autofac.Module" and
/// its handlers implement a different <c>ICrmEventHandler</c>. So every assembly the add-on's own
/// context can load is taken from there (<c>PreferSharedTypes</c>), and that context is the
/// plugin's parent: inside a host it is the add-on's context, which shares the host's copies in
/// turn; in tests it is the default context.
/// </remarks>
internal static class PluginAssemblyLoader
{
    private static readonly Type[] SharedTypes =
    [
        typeof(PluginManifest),
        typeof(Autofac.Module),
        typeof(IServiceCollection),
        typeof(IConfiguration),
        typeof(ILogger),
        typeof(IEndpointRouteBuilder),
        // A plugin's migrations derive from the add-on's FluentMigrator, which runs them.
        typeof(FluentMigrator.Migration),
        typeof(FluentMigrator.IMigration),
    ];

    public static Assembly Load(string assemblyPath)
    {
        var addOnContext = AssemblyLoadContext.GetLoadContext(typeof(PluginAssemblyLoader).Assembly) ?? AssemblyLoadContext.Default;
        var loader = PluginLoader.CreateFromAssemblyFile(Path.GetFullPath(assemblyPath), SharedTypes, config =>
        {
            config.PreferSharedTypes = true;
            config.DefaultContext = addOnContext;
        });
        return loader.LoadDefaultAssembly();
    }
}
