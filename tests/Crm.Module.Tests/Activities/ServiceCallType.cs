using Autofac;
using Crm.Abstractions.Activities;

namespace Crm.Module.Tests.Activities;

/// <summary>An activity type as a vertical plugin would add it: a service call that plans a follow-up e-mail two days after it is done.</summary>
internal sealed class ServiceCallType : IActivityTypeSource
{
    public const string Code = "service-call";

    public IEnumerable<ActivityType> Types { get; } = [new(Code, "Service call", ["meeting"], "email", TimeSpan.FromDays(2))];

    public static void Register(ContainerBuilder builder) => builder.RegisterType<ServiceCallType>().As<IActivityTypeSource>();
}
