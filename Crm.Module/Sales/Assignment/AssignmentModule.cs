using Autofac;
using Microsoft.Extensions.Configuration;

namespace Crm.Module.Sales.Assignment;

/// <summary>Assignment rules for new sales records (territories, round robin). Internal; SalesModule includes it.</summary>
internal sealed class AssignmentModule : Autofac.Module
{
    protected override void Load(ContainerBuilder builder)
    {
        builder.Register(c => new OwnerAssignment(c.Resolve<IConfiguration>().GetSection(AssignmentOptions.SectionName).Get<AssignmentOptions>() ?? new AssignmentOptions()))
            .SingleInstance();
        builder.RegisterType<AccountRuleAssignment>().InstancePerLifetimeScope();
    }
}
