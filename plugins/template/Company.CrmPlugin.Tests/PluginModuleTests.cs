using Autofac;
using Crm.Abstractions.CustomFields;
using Crm.Abstractions.Erp;
using Crm.Abstractions.Extensibility;
using Crm.Abstractions.FollowUps;
using Crm.Abstractions.Inquiries;
using Crm.Abstractions.Screens;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Company.CrmPlugin.Tests;

/// <summary>
/// The add-on registers the plugin's module into its own container; a registration missing here
/// means the CRM never sees that part of the plugin, so these tests resolve each extension point.
/// </summary>
[TestClass]
public sealed class PluginModuleTests
{
    private static IContainer Build()
    {
        var builder = new ContainerBuilder();
        // What the add-on's container provides to plugins and this plugin's classes depend on.
        builder.RegisterInstance(new SaleLinesInMemory()).As<IErpSales>();
        builder.RegisterGeneric(typeof(NullLogger<>)).As(typeof(ILogger<>)).SingleInstance();
        builder.RegisterModule<PluginModule>();
        return builder.Build();
    }

    [TestMethod]
    public void The_module_registers_every_extension_point_of_the_plugin()
    {
        using var container = Build();

        Assert.IsInstanceOfType<PluginFields>(container.Resolve<ICustomFieldSource>());
        Assert.IsInstanceOfType<PluginInquiryCategories>(container.Resolve<IInquiryCategorySource>());
        Assert.IsInstanceOfType<PluginLabels>(container.Resolve<ILabelSource>());
        Assert.IsInstanceOfType<ServiceDueRule>(container.Resolve<IFollowUpRule>());
        Assert.IsInstanceOfType<ServiceRequestCheck>(container.Resolve<ICrmBeforeHandler<InquiryLogged>>());
        Assert.IsInstanceOfType<ServiceRequestLog>(container.Resolve<ICrmEventHandler<InquiryLogged>>());
    }

    [TestMethod]
    public void The_rule_and_the_category_carry_the_plugin_prefix()
    {
        using var container = Build();

        Assert.AreEqual(ServiceDueRule.RuleCode, container.Resolve<IFollowUpRule>().Code);
        Assert.StartsWith("company.crmplugin.", ServiceDueRule.RuleCode);
        Assert.AreEqual(PluginInquiryCategories.ServiceRequest, Assert.ContainsSingle(container.Resolve<IInquiryCategorySource>().Categories).Code);
    }
}
