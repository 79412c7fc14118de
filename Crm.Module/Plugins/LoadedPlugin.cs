using System.Reflection;

namespace Crm.Module.Plugins;

/// <summary>One folder of the plugin folder and what became of it at start.</summary>
/// <param name="Id">The folder name, which the manifest's id must equal.</param>
/// <param name="DisplayName">From the manifest; the folder name when the manifest could not be read.</param>
/// <param name="Version">From the manifest, when it could be read.</param>
/// <param name="Assembly">The plugin's main assembly once loaded; null when it was never loaded.</param>
/// <param name="Error">Why the plugin was left out; null when it runs.</param>
/// <param name="TablePrefix">The prefix of its tables from the manifest; null when it has no migrations.</param>
internal sealed record LoadedPlugin(string Id, string DisplayName, string? Version, Assembly? Assembly, string? Error, string? TablePrefix = null)
{
    public bool Loaded => Error is null;
}
