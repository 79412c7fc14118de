using System.Reflection;
using Autofac.Core;
using Autofac.Core.Registration;
using Crm.Abstractions.Extensibility;
using Crm.Module.Plugins.Migrations;
using NuGet.Versioning;

namespace Crm.Module.Plugins;

/// <summary>
/// Loads the vertical plugins of one folder into the container being built: reads every manifest,
/// checks the <c>Crm.Abstractions</c> range, the table prefix (not another plugin's) and the
/// dependencies (present, loaded, in range, no cycle), loads the passing plugins dependencies first and registers their public Autofac modules.
/// Whatever goes wrong with one plugin leaves that plugin (and those that need it) out with the
/// reason; nothing escapes to the host.
/// </summary>
internal sealed class VerticalPluginLoader
{
    private readonly IComponentRegistryBuilder _registry;
    private readonly NuGetVersion _abstractionsVersion;
    private readonly Dictionary<string, PluginManifest> _manifests = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LoadedPlugin> _outcomes = new(StringComparer.Ordinal);
    private readonly List<string> _inProgress = [];
    private readonly List<string> _folders;
    private readonly string _folder;

    private VerticalPluginLoader(string folder, IComponentRegistryBuilder registry, NuGetVersion abstractionsVersion)
    {
        _folder = folder;
        _registry = registry;
        _abstractionsVersion = abstractionsVersion;
        _folders = Directory.Exists(folder) ? [.. Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal)] : [];
    }

    /// <summary>The running <c>Crm.Abstractions</c>: its informational version without the commit the SDK appends.</summary>
    public static NuGetVersion RunningAbstractionsVersion()
    {
        var assembly = typeof(PluginManifest).Assembly;
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? assembly.GetName().Version?.ToString(3) ?? "0.0.0";
        var commit = version.IndexOf('+', StringComparison.Ordinal);
        return NuGetVersion.Parse(commit >= 0 ? version[..commit] : version);
    }

    /// <returns>Every plugin folder's outcome, in folder order.</returns>
    public static IReadOnlyList<LoadedPlugin> LoadAll(string folder, IComponentRegistryBuilder registry, NuGetVersion abstractionsVersion)
    {
        var loader = new VerticalPluginLoader(folder, registry, abstractionsVersion);
        return loader.Run();
    }

    private List<LoadedPlugin> Run()
    {
        foreach (var pluginFolder in _folders)
        {
            var id = Path.GetFileName(pluginFolder);
            var manifest = PluginManifestReader.Read(pluginFolder, out var error);
            if (manifest is null)
            {
                _outcomes[id] = new LoadedPlugin(id, id, null, null, error);
            }
            else
            {
                _manifests[id] = manifest;
            }
        }

        foreach (var id in _manifests.Keys.Order(StringComparer.Ordinal).ToList())
        {
            Process(id);
        }

        return [.. _folders.Select(f => _outcomes[Path.GetFileName(f)])];
    }

    private LoadedPlugin Process(string id)
    {
        if (_outcomes.TryGetValue(id, out var done))
        {
            return done;
        }

        var manifest = _manifests[id];
        _inProgress.Add(id);
        var error = Incompatibility(manifest) ?? PrefixClash(manifest) ?? MissingDependency(manifest);
        _inProgress.Remove(id);
        var outcome = error is null
            ? Load(manifest)
            : new LoadedPlugin(id, manifest.DisplayName, manifest.Version, null, error);
        _outcomes[id] = outcome;
        return outcome;
    }

    private string? Incompatibility(PluginManifest manifest)
    {
        var range = VersionRange.Parse(manifest.Abstractions);
        return range.Satisfies(_abstractionsVersion)
            ? null
            : $"It needs Crm.Abstractions {range.PrettyPrint()}; this add-on has {_abstractionsVersion.ToNormalizedString()}.";
    }

    // Of two plugins with one prefix, the one first by id keeps it: a stable choice that does not
    // depend on which was installed last.
    private string? PrefixClash(PluginManifest manifest)
    {
        if (manifest.TablePrefix is not { } prefix)
        {
            return null;
        }

        var other = _manifests.Values
            .Where(m => m.TablePrefix == prefix && string.CompareOrdinal(m.Id, manifest.Id) < 0)
            .OrderBy(m => m.Id, StringComparer.Ordinal)
            .FirstOrDefault();
        return other is null ? null : $"Its tablePrefix '{prefix}' is already that of {other.Id}.";
    }

    private string? MissingDependency(PluginManifest manifest)
    {
        foreach (var (dependency, rangeText) in (manifest.Dependencies ?? new Dictionary<string, string>()).OrderBy(d => d.Key, StringComparer.Ordinal))
        {
            var range = VersionRange.Parse(rangeText);
            if (_inProgress.Contains(dependency))
            {
                var cycle = string.Join(" → ", _inProgress.Skip(_inProgress.IndexOf(dependency)).Append(dependency));
                return $"Its dependencies form a cycle: {cycle}.";
            }

            if (!_manifests.TryGetValue(dependency, out var installed))
            {
                return _outcomes.TryGetValue(dependency, out var unreadable)
                    ? $"It needs {dependency} {range.PrettyPrint()}, which was left out: {unreadable.Error}"
                    : $"It needs {dependency} {range.PrettyPrint()}, which is not installed.";
            }

            var needed = Process(dependency);
            if (!needed.Loaded)
            {
                return $"It needs {dependency} {range.PrettyPrint()}, which was left out: {needed.Error}";
            }

            if (!range.Satisfies(NuGetVersion.Parse(installed.Version)))
            {
                return $"It needs {dependency} {range.PrettyPrint()}; version {installed.Version} is installed.";
            }
        }

        return null;
    }

    private LoadedPlugin Load(PluginManifest manifest)
    {
        var assemblyPath = Path.Combine(_folder, manifest.Id, manifest.Id + ".dll");
        if (!File.Exists(assemblyPath))
        {
            return Failed(manifest, null, $"The folder has no {manifest.Id}.dll.");
        }

        Assembly? assembly = null;
        try
        {
            assembly = PluginAssemblyLoader.Load(assemblyPath);
            var modules = PluginModules.Create(assembly, out var error);
            if (error is not null)
            {
                return Failed(manifest, assembly, error);
            }

            if (manifest.TablePrefix is null && PluginMigrationTypes.In(assembly).Count > 0)
            {
                return Failed(manifest, assembly, "It ships migrations but its manifest has no tablePrefix (e.g. \"tablePrefix\": \"auto_\").");
            }

            Register(manifest.Id, modules);
            return new LoadedPlugin(manifest.Id, manifest.DisplayName, manifest.Version, assembly, null, manifest.TablePrefix);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A broken plugin must not take the host down: it is reported and left out.
            var cause = e is TargetInvocationException { InnerException: { } inner } ? inner : e;
            return Failed(manifest, assembly, $"{cause.GetType().Name}: {cause.Message}");
        }
    }

    // Every registration the plugin's modules make is tagged with the plugin's id, so a failing
    // handler is put down to its plugin even when its constructor is what throws. Autofac replays
    // every earlier registration to a new Registered subscriber, synchronously; those are not the
    // plugin's and stay untagged.
    private void Register(string id, IReadOnlyList<IModule> modules)
    {
        var replaying = true;
        void Tag(object? sender, ComponentRegisteredEventArgs e)
        {
            if (!replaying)
            {
                e.ComponentRegistration.Metadata[PluginMetadata.PluginId] = id;
            }
        }

        _registry.Registered += Tag;
        replaying = false;
        try
        {
            foreach (var module in modules)
            {
                module.Configure(_registry);
            }
        }
        finally
        {
            _registry.Registered -= Tag;
        }
    }

    private static LoadedPlugin Failed(PluginManifest manifest, Assembly? assembly, string error) =>
        new(manifest.Id, manifest.DisplayName, manifest.Version, assembly, error, manifest.TablePrefix);
}
