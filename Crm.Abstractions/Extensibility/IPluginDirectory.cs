namespace Crm.Abstractions.Extensibility;

/// <summary>
/// What was loaded, and what could not be with the reason. The host implements it for what it
/// loads (the add-on); the add-on adds one of its own for the vertical plugins it loads from its
/// plugin folder. The add-on shows all of them, the host's first, to admins at
/// <c>GET /api/crm/plugins</c> and on the loaded-plugins screen.
/// </summary>
public interface IPluginDirectory
{
    /// <summary>Every plugin this directory's loader tried to load, in load order.</summary>
    IReadOnlyList<PluginStatus> Plugins { get; }
}

/// <summary>One plugin that was to be loaded and what became of it.</summary>
/// <param name="Id">Stable id, e.g. the plugin folder's name <c>Acme.Automotive</c>.</param>
/// <param name="DisplayName">Name to show to admins.</param>
/// <param name="Version">The plugin's version (a vertical plugin's from its manifest, the add-on's the informational version of its assembly), if known.</param>
/// <param name="Loaded">True when it runs; false when it was left out, or disabled at run time after failing repeatedly.</param>
/// <param name="Reason">Why it was left out or disabled; null when it runs.</param>
public sealed record PluginStatus(string Id, string DisplayName, string? Version, bool Loaded, string? Reason);
