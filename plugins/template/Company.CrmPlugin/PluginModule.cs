using Autofac;
using Crm.Abstractions.CustomFields;
using Crm.Abstractions.Extensibility;
using Crm.Abstractions.FollowUps;
using Crm.Abstractions.Inquiries;
using Crm.Abstractions.Screens;

namespace Company.CrmPlugin;

/// <summary>
/// The plugin's entry point. The add-on registers every public Autofac module of the plugin's
/// assembly; everything the plugin adds to the CRM is registered here and nowhere else.
/// </summary>
public sealed class PluginModule : Module
{
    protected override void Load(ContainerBuilder builder)
    {
        // Definitions the add-on reads once at start: one instance is enough.
        builder.RegisterType<PluginFields>().As<ICustomFieldSource>().SingleInstance();
        builder.RegisterType<PluginInquiryCategories>().As<IInquiryCategorySource>().SingleInstance();
        builder.RegisterType<PluginLabels>().As<ILabelSource>().SingleInstance();

        // The rule gets IErpSales from the add-on; it keeps no state between runs.
        builder.RegisterType<ServiceDueRule>().As<IFollowUpRule>().SingleInstance();

        // Handlers run inside the add-on's scopes (the before handler in the caller's transaction,
        // the event handler in a scope per event), so they are registered per dependency.
        builder.RegisterType<ServiceRequestCheck>().As<ICrmBeforeHandler<InquiryLogged>>();
        builder.RegisterType<ServiceRequestLog>().As<ICrmEventHandler<InquiryLogged>>();
    }
}
