using Autofac;
using Crm.Abstractions.Extensibility;
using Crm.Abstractions.FollowUps;
using Crm.Abstractions.Inquiries;

namespace Crm.TestPlugin.Good;

/// <summary>The plugin's entry: a follow-up rule, an inquiry category and an event handler.</summary>
public sealed class GoodPluginModule : Module
{
    protected override void Load(ContainerBuilder builder)
    {
        builder.RegisterType<MonthlyCallRule>().As<IFollowUpRule>().SingleInstance();
        builder.RegisterType<RecallCategory>().As<IInquiryCategorySource>().SingleInstance();
        builder.RegisterType<EventCounter>().AsSelf().As<ICrmEventHandler<CrmEvent>>().SingleInstance();
    }
}
