using Autofac;
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
        builder.RegisterModule<Opportunities.OpportunitiesModule>();
    }
}
