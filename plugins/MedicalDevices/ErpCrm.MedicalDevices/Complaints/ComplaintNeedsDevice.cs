using Crm.Abstractions.Extensibility;
using Crm.Abstractions.Inquiries;

namespace ErpCrm.MedicalDevices.Complaints;

/// <summary>
/// A complaint must say which device it is about, by serial number or lot number: without either,
/// the manufacturer cannot trace the device, and a recall or field safety notice cannot reach the
/// other customers who received the same lot. Refuses logging a complaint without one.
/// </summary>
internal sealed class ComplaintNeedsDevice : ICrmBeforeHandler<InquiryLogged>
{
    public Task BeforeAsync(InquiryLogged change, CrmChangeContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(context);
        if (change.Inquiry.Category == ComplaintCategory.Code && !DeviceIdentification.IsGiven(context.Fields))
        {
            DeviceIdentification.Refuse(context);
        }

        return Task.CompletedTask;
    }
}
