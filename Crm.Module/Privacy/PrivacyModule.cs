using Autofac;
using Crm.Abstractions.Api;
using Crm.Abstractions.Extensibility;
using Crm.Module.Data;
using Microsoft.Extensions.Configuration;

namespace Crm.Module.Privacy;

/// <summary>
/// Personal data: export and erasure on request (the DPO's endpoints) and the retention rules, run
/// as the add-on's own scheduled jobs (listed with their last runs at <c>/api/crm/jobs</c>). Internal; CrmModule includes it.
/// </summary>
internal sealed class PrivacyModule : Autofac.Module
{
    protected override void Load(ContainerBuilder builder)
    {
        builder.Register(c => RetentionOptions.From(c.Resolve<IConfiguration>())).SingleInstance();
        builder.Register(c => new PersonalRecordFinder(c.Resolve<CrmDatabase>().Dialect)).SingleInstance();
        builder.Register(c => new PersonalDataExport(c.Resolve<CrmDatabase>().Dialect)).SingleInstance();
        builder.RegisterType<PersonalDataEraser>().InstancePerLifetimeScope();
        builder.RegisterType<PrivacyService>().InstancePerLifetimeScope();
        builder.RegisterType<RetentionRunner>().InstancePerLifetimeScope();
        builder.RegisterType<ClosedInquiryRetention>().As<ICrmJob>().InstancePerLifetimeScope();
        builder.RegisterType<DisqualifiedLeadRetention>().As<ICrmJob>().InstancePerLifetimeScope();
        builder.RegisterType<PrivacyEndpoints>().As<ICrmApiContributor>().SingleInstance();
    }
}
