using System.Collections.Concurrent;
using Autofac.Core;
using Microsoft.Extensions.Logging;

namespace Crm.Module.Plugins;

/// <summary>
/// Counts the consecutive failures of each event handler, follow-up rule and scheduled job of a plugin
/// at run time and disables all the plugin's handlers, rules and jobs once one of them reaches
/// <see cref="PluginOptions.DisableAfterFailures"/>: a plugin that keeps throwing stops costing
/// retries and log lines, and admins see it listed as failed with its last error. A success resets
/// that component's count only, so a plugin's working handler does not hide its broken one. Kept per
/// host process: a restart gives the plugin another chance. A plugin one of whose parts cannot even
/// be created is disabled at once (<see cref="NotCreated"/>): no retry would help.
/// </summary>
internal sealed partial class PluginHealth(PluginCatalog catalog, PluginOptions options, ILogger<PluginHealth> logger)
{
    private readonly ConcurrentDictionary<(string Plugin, string Component), int> _failures = new();
    private readonly ConcurrentDictionary<string, string> _disabled = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Guid, string> _notCreated = new();

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

    /// <summary>Whether this registration of a plugin's part could not be created before; it is not tried again until the host restarts.</summary>
    public bool WasNotCreated(IComponentRegistration registration) => _notCreated.ContainsKey(registration.Id);

    /// <summary>Disables the plugin one of whose registered parts could not be created (a service it needs is missing, its constructor throws), logged once per part.</summary>
    /// <param name="contract">What the part was to be, e.g. <c>IFollowUpRule</c>.</param>
    public void NotCreated(string pluginId, IComponentRegistration registration, Type contract, Exception exception)
    {
        var cause = exception;
        while (cause is DependencyResolutionException { InnerException: { } inner })
        {
            // Autofac wraps the cause once per level of the dependency chain.
            cause = inner;
        }

        var part = registration.Activator.LimitType.Name;
        var reason = $"Its {contract.Name} {part} could not be created: {cause.GetType().Name}: {cause.Message}";
        if (_notCreated.TryAdd(registration.Id, reason))
        {
            _disabled.TryAdd(pluginId, reason);
            LogNotCreated(logger, exception, pluginId, contract.Name, part);
        }
    }

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

    [LoggerMessage(Level = LogLevel.Error, Message = "Plugin {Plugin} is disabled until the host restarts: its {Contract} {Part} could not be created; the part is left out.")]
    private static partial void LogNotCreated(ILogger logger, Exception exception, string plugin, string contract, string part);

    [LoggerMessage(Level = LogLevel.Error, Message = "Plugin {Plugin} is disabled after {Failures} consecutive failures of its event handlers, rules or jobs, until the host restarts. Last error: {Error}")]
    private static partial void LogDisabled(ILogger logger, string plugin, int failures, string error);
}
