using Crm.Abstractions.Inquiries;

namespace Company.CrmPlugin;

/// <summary>The inquiry categories this plugin adds to the add-on's built-in ones.</summary>
public sealed class PluginInquiryCategories : IInquiryCategorySource
{
    /// <summary>A customer asks for service on a device; needs a serial number (see <see cref="ServiceRequestCheck"/>).</summary>
    public const string ServiceRequest = "company.crmplugin.service-request";

    // High priority: a customer whose device is down is waiting. "service" is the team whose queue
    // gets these inquiries unless the host's routing rules say otherwise.
    public IEnumerable<InquiryCategory> Categories { get; } =
    [
        new(ServiceRequest, "Service request", InquiryPriority.High, "service"),
    ];
}
