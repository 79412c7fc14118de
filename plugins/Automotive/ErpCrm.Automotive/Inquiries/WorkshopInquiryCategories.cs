using Crm.Abstractions.Inquiries;

namespace ErpCrm.Automotive.Inquiries;

/// <summary>
/// What car owners call the dealer about, all for the workshop's team (<c>service</c>, configured
/// under <c>Crm:Inquiries:Teams</c>): recalls first, as they are safety matters with a manufacturer's
/// deadline; warranty claims; service requests.
/// </summary>
internal sealed class WorkshopInquiryCategories : IInquiryCategorySource
{
    public IEnumerable<InquiryCategory> Categories { get; } =
    [
        new(AutomotiveCodes.RecallCategory, "Vehicle recall", InquiryPriority.High, AutomotiveCodes.ServiceTeam),
        new(AutomotiveCodes.WarrantyCategory, "Warranty claim", InquiryPriority.Normal, AutomotiveCodes.ServiceTeam),
        new(AutomotiveCodes.ServiceRequestCategory, "Service request", InquiryPriority.Normal, AutomotiveCodes.ServiceTeam),
    ];

    /// <summary>The categories the workshop cannot work without knowing the car.</summary>
    public static IReadOnlySet<string> NeedVin { get; } = new HashSet<string>(StringComparer.Ordinal) { AutomotiveCodes.RecallCategory, AutomotiveCodes.WarrantyCategory };
}
