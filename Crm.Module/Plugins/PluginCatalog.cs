using System.Reflection;

namespace Crm.Module.Plugins;

/// <summary>
/// The vertical plugins found at start and what became of each; filled once while the container is
/// built, read-only afterwards.
/// </summary>
internal sealed class PluginCatalog(string folder)
{
    /// <summary>The absolute folder that was scanned.</summary>
    public string Folder { get; } = folder;

    public IReadOnlyList<LoadedPlugin> Plugins { get; private set; } = [];

    public void Loaded(IReadOnlyList<LoadedPlugin> plugins) => Plugins = plugins;

    public LoadedPlugin? Find(string id) => Plugins.FirstOrDefault(p => p.Id == id);

    /// <summary>The plugin whose main assembly this is; null for the add-on's and the host's own types.</summary>
    public string? IdOf(Assembly assembly) => Plugins.FirstOrDefault(p => p.Assembly == assembly)?.Id;
}
