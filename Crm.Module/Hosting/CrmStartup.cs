using Crm.Abstractions.Erp;
using Crm.Module.Data.Migrations;
using Crm.Module.Erp.Mapping;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Crm.Module.Hosting;

/// <summary>
/// Gets the add-on ready before the host serves anything: validates the ERP mapping against the
/// real database, then migrates the add-on's own tables. It runs in <see cref="StartingAsync"/>,
/// which the host calls for all services before any <c>StartAsync</c> (the web server's included),
/// and a failure stops start-up with a message that names the setting.
/// </summary>
internal sealed partial class CrmStartup(ErpMapping mapping, IErpDatabase database, ILogger<CrmStartup> logger) : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        try
        {
            await ErpMappingValidator.ValidateAsync(database, mapping.Views, cancellationToken).ConfigureAwait(false);
        }
        catch (ErpMappingException e)
        {
            LogMappingInvalid(logger, e.Setting, e.Message);
            throw;
        }

        CrmMigrationRunner.MigrateUp(database);
        LogReady(logger, database.Engine);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Critical, Message = "The CRM add-on cannot start: the ERP mapping setting {Setting} is wrong. {Problem}")]
    private static partial void LogMappingInvalid(ILogger logger, string setting, string problem);

    [LoggerMessage(Level = LogLevel.Information, Message = "CRM add-on ready on {Engine}: ERP mapping validated, CRM tables migrated.")]
    private static partial void LogReady(ILogger logger, DatabaseEngine engine);
}
