using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Crm.Module.Plugins;

/// <summary>
/// Counts the consecutive failures of each event handler, follow-up rule and scheduled job of a plugin
/// at run time and disables all the plugin's handlers, rules and jobs once one of them reaches
/// <see cref="PluginOptions.DisableAfterFailures"/>: a plugin that keeps throwing stops costing
/// retries and log lines, and admins see it listed as failed with its last error. A success resets
/// that component's count only, so a plugin's working handler does not hide its broken one. Kept per
/// host process: a restart gives the plugin another chance.
/// </summary>
internal sealed partial class PluginHealth(PluginCatalog catalog, PluginOptions options, ILogger<PluginHealth> logger)
{
    private readonly ConcurrentDictionary<(string Plugin, string Component), int> _failures = new();
    private readonly ConcurrentDictionary<string, string> _disabled = new(StringComparer.Ordinal);

    /// <summary>The plugin a type belongs to, by its assembly; null for the add-on's and the host's own types.</summary>
    public string? PluginOf(Type type) => catalog.IdOf(type.Assembly);

    /// <summary>Why a plugin's component of this type does not run; null while it does, and for the add-on's and the host's own types.</summary>
    public string? DisabledReasonFor(Type type) => PluginOf(type) is { } plugin ? DisabledReason(plugin) : null;

    /// <summary>Why the plugin's handlers and rules do not run; null while they do.</summary>
    public string? DisabledReason(string pluginId)
    {
        if (catalog.Find(pluginId) is { Loaded: false } failed)
        {
            return failed.Error;
        }

        return _disabled.TryGetValue(pluginId, out var reason) ? reason : null;
    }

    /// <summary>Disables a plugin that loaded but failed to get ready at start (its migrations); the caller logs why.</summary>
    public void FailedAtStart(string pluginId, string reason) => _disabled.TryAdd(pluginId, reason);

    /// <param name="component">The handler's or rule's name within the plugin.</param>
    public void Succeeded(string pluginId, string component) => _failures[(pluginId, component)] = 0;

    /// <param name="component">The handler's or rule's name within the plugin.</param>
    public void Failed(string pluginId, string component, string error)
    {
        var count = _failures.AddOrUpdate((pluginId, component), 1, (_, previous) => previous + 1);
        if (count < options.DisableAfterFailures)
        {
            return;
        }

        var reason = $"Disabled after {count} consecutive failures of its event handlers, rules or jobs; the last: {error}";
        if (_disabled.TryAdd(pluginId, reason))
        {
            LogDisabled(logger, pluginId, count, error);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Plugin {Plugin} is disabled after {Failures} consecutive failures of its event handlers, rules or jobs, until the host restarts. Last error: {Error}")]
    private static partial void LogDisabled(ILogger logger, string plugin, int failures, string error);
}
