using Crm.Abstractions.Extensibility;

namespace Crm.Module.Plugins;

/// <summary>
/// The add-on's part of the loaded-plugins list: the vertical plugins it loaded itself, listed
/// after the host's entries; a plugin disabled at run time shows as failed with its last error.
/// </summary>
internal sealed class VerticalPluginDirectory(PluginCatalog catalog, PluginHealth health) : IPluginDirectory
{
    public IReadOnlyList<PluginStatus> Plugins =>
    [
        .. catalog.Plugins.Select(p => health.DisabledReason(p.Id) is { } reason
            ? new PluginStatus(p.Id, p.DisplayName, p.Version, false, reason)
            : new PluginStatus(p.Id, p.DisplayName, p.Version, true, null)),
    ];
}
