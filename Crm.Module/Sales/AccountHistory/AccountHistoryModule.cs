using Autofac;
using Crm.Abstractions.Api;
using Crm.Abstractions.Sales;
using Crm.Module.Data;
using Crm.Module.Erp.Mapping;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Crm.Module.Sales.AccountHistory;

/// <summary>
/// Account history for repeat sales and RFM segments: the shared reorder-interval reader (also used
/// by the dormant-account follow-up rule), the services, the scheduled recompute and the endpoints.
/// Internal; SalesModule includes it.
/// </summary>
internal sealed class AccountHistoryModule : Autofac.Module
{
    protected override void Load(ContainerBuilder builder)
    {
        builder.Register(c => AccountHistoryOptions.From(c.Resolve<IConfiguration>())).SingleInstance();
        builder.RegisterType<OrderDaysReader>().SingleInstance();
        builder.Register(c => new AccountHistorySql(c.Resolve<ErpViews>(), c.Resolve<CrmDatabase>().Dialect)).SingleInstance();
        builder.RegisterType<SegmentRecomputer>().SingleInstance();
        builder.RegisterType<AccountHistoryService>().As<IAccountHistory>().InstancePerLifetimeScope();
        builder.RegisterType<AccountSegmentsService>().As<IAccountSegments>().InstancePerLifetimeScope();
        builder.RegisterType<SegmentRecomputeJob>().AsSelf();
        builder.RegisterType<SegmentSchedule>().As<IHostedService>().SingleInstance();
        builder.RegisterType<AccountHistoryEndpoints>().As<ICrmApiContributor>().SingleInstance();
    }
}
