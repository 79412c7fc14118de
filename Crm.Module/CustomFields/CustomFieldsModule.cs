using Autofac;
using Crm.Abstractions.Api;
using Crm.Abstractions.CustomFields;
using Crm.Module.Data;
using Microsoft.Extensions.Hosting;

namespace Crm.Module.CustomFields;

/// <summary>
/// Custom fields that plugins declare: the checked definitions, their values in the add-on's tables,
/// validation, list filters, the plugin read API and the HTTP API. Internal; CrmModule includes it.
/// </summary>
internal sealed class CustomFieldsModule : Autofac.Module
{
    protected override void Load(ContainerBuilder builder)
    {
        builder.RegisterType<CustomFieldDefinitions>().SingleInstance();
        builder.RegisterType<CustomFieldStartup>().As<IHostedService>().SingleInstance();
        builder.Register(c => new CustomFieldSql(c.Resolve<CrmDatabase>().Dialect)).SingleInstance();
        builder.RegisterType<CustomFieldStore>().SingleInstance();
        builder.RegisterType<CustomFieldValidator>().SingleInstance();
        builder.RegisterType<CustomFieldFilters>().SingleInstance();
        builder.RegisterType<CustomFieldTransaction>().AsSelf().As<ICustomFieldTransaction>().SingleInstance();
        builder.RegisterType<CustomFieldValues>().As<ICustomFieldValues>().SingleInstance();
        builder.RegisterType<CustomFieldCreation>().SingleInstance();
        builder.RegisterType<CustomFieldRecords>().InstancePerLifetimeScope();
        builder.RegisterType<CustomFieldService>().InstancePerLifetimeScope();
        builder.RegisterType<CustomFieldEndpoints>().As<ICrmApiContributor>().SingleInstance();
    }
}
