using Autofac;
using Crm.Abstractions.Api;
using Crm.Abstractions.Sales;

namespace Crm.Module.Sales.Forecast;

/// <summary>Forecasts and sales targets. Internal; SalesModule includes it.</summary>
internal sealed class ForecastModule : Autofac.Module
{
    protected override void Load(ContainerBuilder builder)
    {
        builder.RegisterType<SalesTargets>().As<ISalesTargets>().InstancePerLifetimeScope();
        builder.RegisterType<ForecastEndpoints>().As<ICrmApiContributor>().SingleInstance();
    }
}
