using Autofac;
using Crm.Abstractions.Api;
using Crm.Abstractions.Sales;
using Crm.Module.Data;
using Crm.Module.Erp.Mapping;

namespace Crm.Module.Sales.Forecast;

/// <summary>Forecasts and sales targets. Internal; SalesModule includes it.</summary>
internal sealed class ForecastModule : Autofac.Module
{
    protected override void Load(ContainerBuilder builder)
    {
        builder.Register(c => new ForecastSql(c.Resolve<ErpViews>(), c.Resolve<CrmDatabase>().Dialect)).SingleInstance();
        builder.RegisterType<SalesForecasts>().As<ISalesForecasts>().InstancePerLifetimeScope();
        builder.RegisterType<SalesTargets>().As<ISalesTargets>().InstancePerLifetimeScope();
        builder.RegisterType<ForecastEndpoints>().As<ICrmApiContributor>().SingleInstance();
    }
}
