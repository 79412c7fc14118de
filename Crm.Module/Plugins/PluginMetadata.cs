using Autofac.Core;

namespace Crm.Module.Plugins;

/// <summary>
/// Every component a plugin's modules register carries the plugin's id under this metadata key, so
/// that a failure can be put down to its plugin even when the component could not be created.
/// </summary>
internal static class PluginMetadata
{
    public const string PluginId = "Crm.PluginId";

    /// <summary>The plugin that made the registration; null for the add-on's and the host's own.</summary>
    public static string? Of(IComponentRegistration registration) =>
        registration.Metadata.TryGetValue(PluginId, out var id) ? id as string : null;
}
