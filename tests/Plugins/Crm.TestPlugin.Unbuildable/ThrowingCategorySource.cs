using Crm.Abstractions.Inquiries;

namespace Crm.TestPlugin.Unbuildable;

/// <summary>An inquiry category source whose constructor throws.</summary>
public sealed class ThrowingCategorySource : IInquiryCategorySource
{
    public ThrowingCategorySource() => throw new InvalidOperationException("The test plugin's category source cannot be created.");

    public IEnumerable<InquiryCategory> Categories => [];
}
