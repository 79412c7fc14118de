using Autofac;
using Crm.Abstractions.Inquiries;

namespace Crm.Module.Tests.Inquiries;

/// <summary>A category as a vertical plugin would add it: urgent recalls for the finance team.</summary>
internal sealed class RecallCategory : IInquiryCategorySource
{
    public const string Code = "vehicle-recall";

    public IEnumerable<InquiryCategory> Categories { get; } = [new(Code, "Vehicle recall", InquiryPriority.Urgent, "finance")];

    public static void Register(ContainerBuilder builder) => builder.RegisterType<RecallCategory>().As<IInquiryCategorySource>();
}
