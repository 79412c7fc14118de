using Autofac;
using Crm.Abstractions.Api;
using Crm.Abstractions.Sales;
using Crm.Module.Data;

namespace Crm.Module.Sales.Conversion;

/// <summary>Lead conversion and prospects. Internal; SalesModule includes it.</summary>
internal sealed class ConversionModule : Autofac.Module
{
    protected override void Load(ContainerBuilder builder)
    {
        builder.Register(c => new ProspectSql(c.Resolve<CrmDatabase>().Dialect)).SingleInstance();
        builder.RegisterType<LeadConversionService>().As<ILeadConversion>().InstancePerLifetimeScope();
        builder.RegisterType<ConversionEndpoints>().As<ICrmApiContributor>().SingleInstance();
    }
}
