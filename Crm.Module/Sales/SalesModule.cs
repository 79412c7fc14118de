using Autofac;
using Crm.Module.Sales.AccountHistory;
using Crm.Module.Sales.Assignment;
using Crm.Module.Sales.Conversion;
using Crm.Module.Sales.Forecast;
using Crm.Module.Sales.Leads;
using Crm.Module.Sales.Opportunities;
using Microsoft.Extensions.Configuration;

namespace Crm.Module.Sales;

/// <summary>
/// Sales-force automation: the sales organisation and record access shared by leads and
/// opportunities, and one module per sales capability. Internal; CrmModule includes it.
/// </summary>
internal sealed class SalesModule : Autofac.Module
{
    protected override void Load(ContainerBuilder builder)
    {
        builder.Register(c => c.Resolve<IConfiguration>().GetSection(SalesOptions.SectionName).Get<SalesOptions>() ?? new SalesOptions()).SingleInstance();
        builder.RegisterType<SalesAccess>().InstancePerLifetimeScope();
        builder.RegisterModule<AccountHistoryModule>();
        builder.RegisterModule<ForecastModule>();
        builder.RegisterModule<AssignmentModule>();
        builder.RegisterModule<LeadsModule>();
        builder.RegisterModule<OpportunitiesModule>();
        builder.RegisterModule<ConversionModule>();
    }
}
