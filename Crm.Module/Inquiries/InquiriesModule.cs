using Autofac;
using Crm.Abstractions.Api;
using Crm.Abstractions.Inquiries;
using Crm.Module.Data;
using Crm.Module.Erp.Mapping;
using Crm.Module.Inquiries.Routing;
using Crm.Module.Inquiries.ServiceTargets;
using Microsoft.Extensions.Configuration;

namespace Crm.Module.Inquiries;

/// <summary>
/// Inquiry handling: categories, teams and routing, service targets on the working calendar, the
/// service and its endpoints. Internal, so the host does not register it a second time; CrmModule
/// includes it.
/// </summary>
internal sealed class InquiriesModule : Autofac.Module
{
    protected override void Load(ContainerBuilder builder)
    {
        // Configuration, read and checked once (start-up resolves these so a wrong setting stops the host).
        builder.Register(c => c.Resolve<IConfiguration>().GetSection(InquiriesOptions.SectionName).Get<InquiriesOptions>() ?? new InquiriesOptions()).SingleInstance();
        builder.Register(c => new WorkingCalendar(c.Resolve<IConfiguration>().GetSection(WorkingCalendarOptions.SectionName).Get<WorkingCalendarOptions>() ?? new WorkingCalendarOptions())).SingleInstance();
        builder.Register(c => new ServiceTargetCatalog(
            c.Resolve<IConfiguration>().GetSection(ServiceTargetOptions.SectionName).Get<List<ServiceTargetOptions>>() ?? [],
            c.Resolve<InquiryCategories>())).SingleInstance();
        builder.RegisterType<InquiryCategories>().SingleInstance();
        builder.RegisterType<InquiryTeams>().SingleInstance();
        builder.RegisterType<BusinessClock>().SingleInstance();

        // The service
        builder.Register(c => new InquirySql(c.Resolve<ErpViews>(), c.Resolve<CrmDatabase>().Dialect)).SingleInstance();
        builder.RegisterType<InquiryRouter>().SingleInstance();
        builder.RegisterType<PluginRoutingRules>().SingleInstance();
        builder.RegisterType<InquiryTargets>().SingleInstance();
        builder.RegisterType<InquiryFinder>().InstancePerLifetimeScope();
        builder.RegisterType<InquiryService>().AsSelf().As<IInquiryService>().InstancePerLifetimeScope();
        builder.RegisterType<InquiryEndpoints>().As<ICrmApiContributor>().SingleInstance();
    }
}
