using Autofac;
using Crm.Abstractions.Api;
using Crm.Abstractions.Screens;
using Crm.Module.Data;

namespace Crm.Module.Audit;

/// <summary>
/// The audit log: written by the outbox's chokepoint and by sales targets, read and verified
/// through its API, shown as a history on the record cards. Internal; CrmModule includes it.
/// </summary>
internal sealed class AuditModule : Autofac.Module
{
    protected override void Load(ContainerBuilder builder)
    {
        builder.Register(c => new AuditSql(c.Resolve<CrmDatabase>().Dialect)).SingleInstance();
        builder.RegisterType<AuditTrail>().InstancePerLifetimeScope();
        builder.RegisterType<AuditLog>().InstancePerLifetimeScope();
        builder.RegisterType<AuditVerifier>().InstancePerLifetimeScope();
        builder.RegisterType<AuditEndpoints>().As<ICrmApiContributor>().SingleInstance();
        builder.RegisterType<AuditScreenExtensions>().As<IScreenExtensionSource>().SingleInstance();
    }
}
