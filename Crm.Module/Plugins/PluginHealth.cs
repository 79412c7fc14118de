using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Crm.Module.Plugins;

/// <summary>
/// Counts each plugin's consecutive failures at run time (its event handlers and follow-up rules
/// together) and disables the plugin's handlers and rules once the count reaches
/// <see cref="PluginOptions.DisableAfterFailures"/>: a plugin that keeps throwing stops costing
/// retries and log lines, and admins see it listed as failed with its last error. One success
/// resets the count. Kept per host process: a restart gives the plugin another chance.
/// </summary>
internal sealed partial class PluginHealth(PluginCatalog catalog, PluginOptions options, ILogger<PluginHealth> logger)
{
    private readonly ConcurrentDictionary<string, int> _failures = new(StringComparer.Ordinal);
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

    public void Succeeded(string pluginId) => _failures[pluginId] = 0;

    public void Failed(string pluginId, string error)
    {
        var count = _failures.AddOrUpdate(pluginId, 1, (_, previous) => previous + 1);
        if (count < options.DisableAfterFailures)
        {
            return;
        }

        var reason = $"Disabled after {count} consecutive failures of its event handlers or rules; the last: {error}";
        if (_disabled.TryAdd(pluginId, reason))
        {
            LogDisabled(logger, pluginId, count, error);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Plugin {Plugin} is disabled after {Failures} consecutive failures of its event handlers or rules, until the host restarts. Last error: {Error}")]
    private static partial void LogDisabled(ILogger logger, string plugin, int failures, string error);
}
