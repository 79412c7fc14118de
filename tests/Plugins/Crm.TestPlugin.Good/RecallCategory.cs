using Crm.Abstractions.Inquiries;

namespace Crm.TestPlugin.Good;

/// <summary>Adds the inquiry category <c>test-plugin.recall</c>.</summary>
public sealed class RecallCategory : IInquiryCategorySource
{
    public IEnumerable<InquiryCategory> Categories { get; } = [new("test-plugin.recall", "Recall (test plugin)", InquiryPriority.High)];
}
