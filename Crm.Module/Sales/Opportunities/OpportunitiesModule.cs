using Autofac;
using Crm.Abstractions.Api;
using Crm.Abstractions.Sales;
using Crm.Module.Data;
using Crm.Module.Erp.Mapping;
using Crm.Module.Plugins;
using Crm.Module.Sales.Pipelines;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Hosting;

namespace Crm.Module.Sales.Opportunities;

/// <summary>
/// Pipelines (configured, built-in and plugins'), opportunities, matching won ones with ERP orders,
/// and their endpoints. Internal; SalesModule includes it.
/// </summary>
internal sealed class OpportunitiesModule : Autofac.Module
{
    protected override void Load(ContainerBuilder builder)
    {
        // Configuration, checked at start. Built in one step so that a wrong setting surfaces as the
        // setting's own exception, wrapped once, which is what CrmStartup reports.
        builder.Register(c => new OpportunitySettings(
                new PipelineCatalog(c.Resolve<IConfiguration>(), PluginParts.Resolve<IPipelineSource>(c), c.Resolve<PluginHealth>(), c.Resolve<ILogger<PipelineCatalog>>()),
                new OrderMatchOptions(c.Resolve<IConfiguration>())))
            .SingleInstance();
        builder.Register(c => c.Resolve<OpportunitySettings>().Pipelines).SingleInstance();
        builder.Register(c => c.Resolve<OpportunitySettings>().Matching).SingleInstance();
        builder.Register(c => new PipelineBoardSql(c.Resolve<CrmDatabase>().Dialect)).SingleInstance();
        builder.RegisterType<PipelineService>().As<IPipelineService>().InstancePerLifetimeScope();
        builder.RegisterType<PipelineEndpoints>().As<ICrmApiContributor>().SingleInstance();

        // Opportunities
        builder.Register(c => new OpportunitySql(c.Resolve<CrmDatabase>().Dialect, c.Resolve<ErpViews>())).SingleInstance();
        builder.RegisterType<OpportunityWriter>().InstancePerLifetimeScope();
        builder.RegisterType<OpportunityBulkLoss>().InstancePerLifetimeScope();
        builder.RegisterType<OpportunityService>().AsSelf().As<IOpportunityService>().InstancePerLifetimeScope();
        builder.RegisterType<OpportunityEndpoints>().As<ICrmApiContributor>().SingleInstance();

        // Won opportunities → the ERP orders that realize them, on win and on a schedule
        builder.RegisterType<OrderMatcher>().SingleInstance();
        builder.RegisterType<OrderMatchJob>().AsSelf();
        builder.RegisterType<OrderMatchSchedule>().As<IHostedService>().SingleInstance();
    }
}
