using System.Diagnostics;
using System.Runtime.ExceptionServices;
using Autofac;
using Autofac.Core;
using Crm.Abstractions.Erp;
using Crm.Abstractions.FollowUps;
using Crm.Module.Data;
using Crm.Module.Data.Resilience;
using Crm.Module.Data.Migrations;
using Crm.Module.Activities;
using Crm.Module.Erp.Mapping;
using Crm.Module.Inquiries.Routing;
using Crm.Module.Inquiries.ServiceTargets;
using Crm.Module.Plugins;
using Crm.Module.Plugins.Migrations;
using Crm.Module.Privacy;
using Crm.Module.Sales.Assignment;
using Crm.Module.Sales.Leads;
using Crm.Module.Sales.Opportunities;
using Crm.Module.Screens;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Crm.Module.Hosting;

/// <summary>
/// Gets the add-on ready before the host serves anything: validates the ERP mapping against the
/// real database and the inquiry settings, then migrates the add-on's own tables and the vertical
/// plugins' tables. It runs in <see cref="StartingAsync"/>,
/// which the host calls for all services before any <c>StartAsync</c> (the web server's included),
/// and a failure stops start-up with a message that names the setting. A database that does not
/// answer yet is waited for (<see cref="DatabaseRetries.ForStartup"/>).
/// </summary>
internal sealed partial class CrmStartup(ErpMapping mapping, IErpDatabase database, CrmDatabase crmDatabase, DatabaseRetries retries, TransientFaults faults, ResilienceOptions options, PluginMigrations pluginMigrations, ILifetimeScope scope, ILogger<CrmStartup> logger) : IHostedLifecycleService
{
    // How long each step of the last attempt took, for the ready message: start-up time is a target
    // (docs/performance.md), and an admin whose host starts slowly sees which step to look at.
    private TimeSpan _validation;
    private TimeSpan _settings;
    private TimeSpan _migrations;

    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        // A database still starting (or restarting) at the same time as the host is waited for, with
        // backoff and each attempt logged, for Crm:Database:StartupTimeout; the steps are safe to
        // repeat: validation only reads and migrations run under their lock and skip what is done.
        try
        {
            await retries.ForStartup().ExecuteAsync(async ct => await PrepareAsync(ct).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (faults.IsTransient(e))
        {
            var message = $"The CRM add-on cannot start: the {retries.Target} did not answer within {options.StartupTimeout} (Crm:Database:StartupTimeout). Last error: {DatabaseRetries.Cause(e)}";
            LogDatabaseUnreachable(logger, message);
            throw new InvalidOperationException(message, e);
        }

        LogReady(logger, database.Engine, (long)_validation.TotalMilliseconds, (long)_settings.TotalMilliseconds, (long)_migrations.TotalMilliseconds);
    }

    private async Task PrepareAsync(CancellationToken cancellationToken)
    {
        var step = Stopwatch.StartNew();
        try
        {
            await ErpMappingValidator.ValidateAsync(database, mapping.Views, cancellationToken).ConfigureAwait(false);
            _validation = step.Elapsed;
            step.Restart();
            ResolveConfiguredServices();
            _settings = step.Elapsed;
        }
        catch (CrmSettingException e)
        {
            LogSettingInvalid(logger, e.Setting, e.Message);
            throw;
        }

        step.Restart();
        await using (await MigrationLock.AcquireAsync(crmDatabase, "crm-migrations", cancellationToken).ConfigureAwait(false))
        {
            CrmMigrationRunner.MigrateUp(database);

            // Plugins' tables next, under the same lock, before any plugin's handler, rule or job runs.
            pluginMigrations.MigrateAll();
        }

        _migrations = step.Elapsed;
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    // The services built from configuration, resolved now so that a wrong setting stops start-up;
    // likewise the screen catalog, so that a defect in the add-on's own screens does.
    // Autofac wraps what a constructor throws, once per level of the dependency chain; the setting's
    // own exception, however deep, is what the log must show.
    private void ResolveConfiguredServices()
    {
        try
        {
            scope.Resolve<InquiryTeams>();
            scope.Resolve<ActivityTypes>();
            scope.Resolve<ServiceTargetCatalog>();
            scope.Resolve<BusinessClock>();
            scope.Resolve<OwnerAssignment>();
            scope.Resolve<WebFormLeads>();
            scope.Resolve<OpportunitySettings>();
            scope.Resolve<ScreenCatalog>();
            scope.Resolve<PluginOptions>();
            scope.Resolve<RetentionOptions>();

            // Created now so that a plugin's rule or routing rule that cannot be created is left out
            // and its plugin listed as failed from the start, not on the first run.
            PluginParts.Resolve<IFollowUpRule>(scope);
            scope.Resolve<PluginRoutingRules>();
        }
        catch (DependencyResolutionException e) when (SettingBehind(e) is { } setting)
        {
            ExceptionDispatchInfo.Capture(setting).Throw();
        }
    }

    private static CrmSettingException? SettingBehind(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is CrmSettingException setting)
            {
                return setting;
            }
        }

        return null;
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "The CRM add-on cannot start: the setting {Setting} is wrong. {Problem}")]
    private static partial void LogSettingInvalid(ILogger logger, string setting, string problem);

    [LoggerMessage(Level = LogLevel.Critical, Message = "{Message}")]
    private static partial void LogDatabaseUnreachable(ILogger logger, string message);

    [LoggerMessage(Level = LogLevel.Information, Message = "CRM add-on ready on {Engine}: ERP mapping validated ({ValidationMs} ms), settings checked ({SettingsMs} ms), CRM and plugin tables migrated ({MigrationsMs} ms).")]
    private static partial void LogReady(ILogger logger, DatabaseEngine engine, long validationMs, long settingsMs, long migrationsMs);
}
