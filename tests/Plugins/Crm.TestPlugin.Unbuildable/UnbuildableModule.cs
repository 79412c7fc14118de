using Autofac;
using Crm.Abstractions.Api;
using Crm.Abstractions.Extensibility;
using Crm.Abstractions.FollowUps;
using Crm.Abstractions.Inquiries;

namespace Crm.TestPlugin.Unbuildable;

/// <summary>A plugin that loads fine but none of whose parts can be created: the mistakes partners make in constructors.</summary>
public sealed class UnbuildableModule : Module
{
    protected override void Load(ContainerBuilder builder)
    {
        builder.RegisterType<RuleNeedingMissingService>().As<IFollowUpRule>().SingleInstance();
        builder.RegisterType<ThrowingCategorySource>().As<IInquiryCategorySource>().SingleInstance();
        builder.RegisterType<ThrowingConstructorHandler>().As<ICrmEventHandler<CrmEvent>>();
        builder.RegisterType<ThrowingApiContributor>().As<ICrmApiContributor>().SingleInstance();
    }
}
