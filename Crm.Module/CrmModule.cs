using Autofac;
using Crm.Abstractions.Accounts;
using Crm.Abstractions.Api;
using Crm.Abstractions.Erp;
using Crm.Module.Accounts;
using Crm.Module.Activities;
using Crm.Module.Audit;
using Crm.Module.CustomFields;
using Crm.Module.Data;
using Crm.Module.Data.Resilience;
using Crm.Module.Erp;
using Crm.Module.Erp.Indexes;
using Crm.Module.Erp.Mapping;
using Crm.Module.Events;
using Crm.Module.FollowUps;
using Crm.Module.Hosting;
using Crm.Module.Inquiries;
using Crm.Module.Jobs;
using Crm.Module.Plugins;
using Crm.Module.Privacy;
using Crm.Module.Sales;
using Crm.Module.Scheduling;
using Crm.Module.Screens;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Crm.Module;

/// <summary>
/// The add-on's entry point: the host finds this Autofac module in the add-on folder and registers
/// it. Reads like a table of contents of the add-on. The host must supply
/// <see cref="IErpDatabase"/>, <see cref="Crm.Abstractions.Security.ICurrentUser"/> and
/// <see cref="TimeProvider"/>, and should put its configuration into the container builder's
/// properties (<see cref="Crm.Abstractions.Extensibility.CrmContainerProperties.Configuration"/>) so
/// that the vertical plugins are loaded from the configured folder.
/// </summary>
public sealed class CrmModule : Autofac.Module
{
    protected override void Load(ContainerBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        // Data and the ERP mapping
        builder.RegisterType<CrmDatabase>().SingleInstance();
        builder.RegisterType<ResilienceOptions>().SingleInstance();
        builder.RegisterType<TransientFaults>().SingleInstance();
        builder.RegisterType<DatabaseRetries>().SingleInstance();
        builder.RegisterType<ErpMapping>().SingleInstance();
        builder.Register(c => c.Resolve<ErpMapping>().Views).SingleInstance();
        builder.RegisterType<CrmStartup>().As<IHostedService>().SingleInstance();

        // The indexes the add-on needs on ERP tables: listed for admins, created only on their request
        builder.RegisterType<ErpIndexes>().InstancePerLifetimeScope();
        builder.RegisterType<ErpIndexEndpoints>().As<ICrmApiContributor>().SingleInstance();

        // Accounts: search, finance's overview, owners
        builder.Register(c => new AccountSql(c.Resolve<ErpViews>(), c.Resolve<CrmDatabase>().Dialect)).SingleInstance();
        builder.Register(c => new AccountSearchOptions(c.Resolve<IConfiguration>())).SingleInstance();
        builder.RegisterType<ErpAccounts>().As<IErpAccounts>().InstancePerLifetimeScope();
        builder.RegisterType<AccountClaims>().InstancePerLifetimeScope();
        builder.RegisterType<AccountOwners>().As<IAccountOwners>().InstancePerLifetimeScope();
        builder.RegisterType<AccountTimeline>().As<IAccountTimeline>().InstancePerLifetimeScope();

        // What the ERP sold, line by line, for plugins' rules and jobs
        builder.Register(c => new ErpSalesSql(c.Resolve<ErpViews>(), c.Resolve<CrmDatabase>().Dialect)).SingleInstance();
        builder.RegisterType<ErpSales>().As<IErpSales>().SingleInstance();
        builder.RegisterType<AccountEndpoints>().As<ICrmApiContributor>().SingleInstance();

        // Events for plugins, delivered after commit from the outbox
        builder.RegisterModule<EventsModule>();

        // Quartz with a persistent store in the CRM database (clustered on server databases)
        builder.RegisterModule<SchedulingModule>();

        // Inquiry handling
        builder.RegisterModule<InquiriesModule>();

        // Activities
        builder.RegisterModule<ActivitiesModule>();

        // Follow-up rules, run by Quartz
        builder.RegisterModule<FollowUpsModule>();

        // Plugins' scheduled jobs, run by Quartz, with their last runs for admins
        builder.RegisterModule<JobsModule>();

        // Sales-force automation: leads, opportunities, pipelines, forecasts, account history
        builder.RegisterModule<SalesModule>();

        // Screens as data: definitions, extensions (the add-on's, plugins', the host's) and their JSON API
        builder.RegisterModule<ScreensModule>();

        // Custom fields plugins add to records: definitions, values, validation, filters, API
        builder.RegisterModule<CustomFieldsModule>();

        // The audit log: who changed what, chained by hash, written in each change's transaction
        builder.RegisterModule<AuditModule>();

        // Personal data: export and erasure on request, retention rules as scheduled jobs
        builder.RegisterModule<PrivacyModule>();

        // Vertical plugins from Crm:Plugins:Folder, checked and registered after the add-on's own
        // services; their status for admins; their handlers and rules disabled when they keep failing
        builder.RegisterModule<PluginsModule>();
    }
}
