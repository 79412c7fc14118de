using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Crm.Module.Plugins;

/// <summary>
/// Logs what became of each vertical plugin. Plugins are loaded while the container is built, when
/// there is no logger yet; so the outcome is logged once the host starts. It also warns when the
/// configured folder is not the one scanned: the host did not hand its configuration over then.
/// </summary>
internal sealed partial class PluginStartupLog(PluginCatalog catalog, PluginOptions options, ILogger<PluginStartupLog> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.FolderPath != catalog.Folder)
        {
            LogConfigurationNotHandedOver(logger, catalog.Folder, options.FolderPath);
        }

        LogScanned(logger, catalog.Folder, catalog.Plugins.Count);
        foreach (var plugin in catalog.Plugins)
        {
            if (plugin.Loaded)
            {
                LogLoaded(logger, plugin.Id, plugin.Version);
            }
            else
            {
                LogLeftOut(logger, plugin.Id, plugin.Version, plugin.Error);
            }
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Vertical plugins were loaded from {Scanned}, not from the configured {Configured}: the host did not put its configuration into the container builder's properties (CrmContainerProperties.Configuration).")]
    private static partial void LogConfigurationNotHandedOver(ILogger logger, string scanned, string configured);

    [LoggerMessage(Level = LogLevel.Information, Message = "Vertical plugins: {Count} found in {Folder}.")]
    private static partial void LogScanned(ILogger logger, string folder, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Plugin {Plugin} {Version} loaded.")]
    private static partial void LogLoaded(ILogger logger, string plugin, string? version);

    [LoggerMessage(Level = LogLevel.Error, Message = "Plugin {Plugin} {Version} was left out: {Reason}")]
    private static partial void LogLeftOut(ILogger logger, string plugin, string? version, string? reason);
}
