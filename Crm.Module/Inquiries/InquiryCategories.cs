using Crm.Abstractions.Inquiries;

namespace Crm.Module.Inquiries;

/// <summary>The built-in categories plus every plugin's, checked once for unique codes.</summary>
internal sealed class InquiryCategories
{
    public const string General = "general";

    private static readonly InquiryCategory[] BuiltIn =
    [
        new(General, "General question"),
        new("delivery-status", "Delivery status"),
        new("invoice-dispute", "Invoice dispute", InquiryPriority.High),
        new("complaint", "Complaint", InquiryPriority.High),
        new("return", "Return"),
        new("product-question", "Product question", InquiryPriority.Low),
    ];

    private readonly Dictionary<string, InquiryCategory> _byCode;

    public InquiryCategories(IEnumerable<IInquiryCategorySource> sources)
    {
        All = [.. BuiltIn.Concat(sources.SelectMany(s => s.Categories))];
        _byCode = new Dictionary<string, InquiryCategory>(StringComparer.Ordinal);
        foreach (var category in All)
        {
            if (!_byCode.TryAdd(category.Code, category))
            {
                throw new InvalidOperationException($"Two inquiry categories have the code '{category.Code}'; codes must be unique across the add-on and its plugins.");
            }
        }
    }

    public IReadOnlyList<InquiryCategory> All { get; }

    public InquiryCategory? Find(string code) => _byCode.GetValueOrDefault(code);
}
