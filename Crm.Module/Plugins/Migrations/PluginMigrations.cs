using Crm.Abstractions.Erp;
using Microsoft.Extensions.Logging;

namespace Crm.Module.Plugins.Migrations;

/// <summary>
/// Runs every loaded plugin's migrations at start, after the add-on's own and under the same
/// migration lock (CrmStartup holds it). A plugin whose migrations are refused or fail is disabled
/// with the reason, which admins see in the plugin list; the host and the other plugins go on.
/// </summary>
internal sealed partial class PluginMigrations(PluginCatalog catalog, PluginHealth health, IErpDatabase database, ILogger<PluginMigrations> logger)
{
    public void MigrateAll()
    {
        foreach (var plugin in catalog.Plugins)
        {
            if (plugin is not { Loaded: true, Assembly: { } assembly, TablePrefix: { } prefix } || PluginMigrationTypes.In(assembly).Count == 0)
            {
                continue;
            }

            string? error;
            try
            {
                error = PluginMigrationRunner.MigrateUp(database, assembly, prefix);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // A plugin's failing migration must not take the host down: the plugin is left out.
                error = "Its migrations failed: " + string.Join(" → ", Causes(e));
            }

            if (error is null)
            {
                LogMigrated(logger, plugin.Id, prefix);
            }
            else
            {
                health.FailedAtStart(plugin.Id, error);
                LogFailed(logger, plugin.Id, error);
            }
        }
    }

    private static IEnumerable<string> Causes(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            yield return $"{exception.GetType().Name}: {exception.Message}";
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Plugin {Plugin}: tables {Prefix}* migrated.")]
    private static partial void LogMigrated(ILogger logger, string plugin, string prefix);

    [LoggerMessage(Level = LogLevel.Error, Message = "Plugin {Plugin} is disabled: {Reason}")]
    private static partial void LogFailed(ILogger logger, string plugin, string reason);
}
