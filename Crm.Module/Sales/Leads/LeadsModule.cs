using Autofac;
using Crm.Abstractions.Api;
using Crm.Abstractions.Sales;
using Crm.Module.Data;
using Crm.Module.Erp.Mapping;
using Microsoft.Extensions.Configuration;

namespace Crm.Module.Sales.Leads;

/// <summary>Leads: the service, duplicate detection, CSV import, the web form and the endpoints. Internal; SalesModule includes it.</summary>
internal sealed class LeadsModule : Autofac.Module
{
    protected override void Load(ContainerBuilder builder)
    {
        builder.Register(c => c.Resolve<IConfiguration>().GetSection(WebFormOptions.SectionName).Get<WebFormOptions>() ?? new WebFormOptions()).SingleInstance();
        builder.Register(c => new LeadSql(c.Resolve<ErpViews>(), c.Resolve<CrmDatabase>().Dialect)).SingleInstance();
        builder.RegisterType<LeadWriter>().InstancePerLifetimeScope();
        builder.RegisterType<DuplicateFinder>().SingleInstance();
        builder.RegisterType<LeadFinder>().InstancePerLifetimeScope();
        builder.RegisterType<LeadImporter>().InstancePerLifetimeScope();
        builder.RegisterType<LeadService>().AsSelf().As<ILeadService>().InstancePerLifetimeScope();
        builder.RegisterType<WebFormLeads>().SingleInstance();
        builder.RegisterType<LeadEndpoints>().As<ICrmApiContributor>().SingleInstance();
    }
}
