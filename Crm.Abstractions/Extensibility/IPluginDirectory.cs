namespace Crm.Abstractions.Extensibility;

/// <summary>
/// What the host loaded: the add-on, partners' plugins, and those it could not load with the reason.
/// The host implements it (it is the one that loads assemblies); the add-on shows it to admins at
/// <c>GET /api/crm/plugins</c> and on the loaded-plugins screen.
/// </summary>
public interface IPluginDirectory
{
    /// <summary>Every plugin the host tried to load, in load order.</summary>
    IReadOnlyList<PluginStatus> Plugins { get; }
}

/// <summary>One plugin the host tried to load and what became of it.</summary>
/// <param name="Id">Stable id, e.g. the plugin folder's name <c>Acme.Automotive</c>.</param>
/// <param name="DisplayName">Name to show to admins.</param>
/// <param name="Version">The plugin's version (informational version of its assembly), if known.</param>
/// <param name="Loaded">True when it runs; false when it was left out.</param>
/// <param name="Reason">Why it was left out; null when loaded.</param>
public sealed record PluginStatus(string Id, string DisplayName, string? Version, bool Loaded, string? Reason);
