using Autofac;
using Crm.Abstractions.Api;
using Crm.Abstractions.FollowUps;
using Crm.Module.FollowUps.Rules;
using Crm.Module.Plugins;
using Microsoft.Extensions.Hosting;

namespace Crm.Module.FollowUps;

/// <summary>Follow-up rules: the built-in ones, the runner, their Quartz schedules and endpoints. Internal; CrmModule includes it.</summary>
internal sealed class FollowUpsModule : Autofac.Module
{
    protected override void Load(ContainerBuilder builder)
    {
        builder.RegisterType<FollowUpOptions>().SingleInstance();
        builder.RegisterType<FollowUpRunner>().SingleInstance();
        builder.RegisterType<FollowUpService>().WithParameter(PluginParts.Of<IFollowUpRule>()).As<IFollowUpService>().InstancePerLifetimeScope();
        builder.RegisterType<FollowUpRuleJob>().WithParameter(PluginParts.Of<IFollowUpRule>()).AsSelf();
        builder.RegisterType<FollowUpSchedules>().WithParameter(PluginParts.Of<IFollowUpRule>()).As<IHostedService>().SingleInstance();
        builder.RegisterType<FollowUpEndpoints>().As<ICrmApiContributor>().SingleInstance();

        // Built-in rules
        builder.RegisterType<OverdueInvoiceRule>().As<IFollowUpRule>().SingleInstance();
        builder.RegisterType<OrderWithoutContactRule>().As<IFollowUpRule>().SingleInstance();
        builder.RegisterType<DormantAccountRule>().As<IFollowUpRule>().SingleInstance();
        builder.RegisterType<InquiryEscalationRule>().As<IFollowUpRule>().SingleInstance();
        builder.RegisterType<StalledOpportunityRule>().As<IFollowUpRule>().SingleInstance();
    }
}
