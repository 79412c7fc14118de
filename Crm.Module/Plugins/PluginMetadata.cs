namespace Crm.Module.Plugins;

/// <summary>
/// Every component a plugin's modules register carries the plugin's id under this metadata key, so
/// that a failure can be put down to its plugin even when the component could not be created.
/// </summary>
internal static class PluginMetadata
{
    public const string PluginId = "Crm.PluginId";
}
