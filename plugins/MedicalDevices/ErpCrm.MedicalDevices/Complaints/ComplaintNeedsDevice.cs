using Crm.Abstractions.CustomFields;
using Crm.Abstractions.Extensibility;
using Crm.Abstractions.Inquiries;

namespace ErpCrm.MedicalDevices.Complaints;

/// <summary>
/// A complaint must say which device it is about, by serial number or lot number: without either,
/// the manufacturer cannot trace the device, and a recall or field safety notice cannot reach the
/// other customers who received the same lot. Refuses logging a complaint without one, and
/// clearing the last one of a complaint later.
/// </summary>
internal sealed class ComplaintNeedsDevice(IInquiryService inquiries) : ICrmBeforeHandler<InquiryLogged>, ICrmBeforeHandler<CustomFieldsChanged>
{
    public Task BeforeAsync(InquiryLogged change, CrmChangeContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(context);
        if (change.Inquiry.Category == ComplaintCategory.Code && !IdentifiesDevice(context.Fields))
        {
            Refuse(context);
        }

        return Task.CompletedTask;
    }

    public async Task BeforeAsync(CustomFieldsChanged change, CrmChangeContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(context);

        // Only a change that removes the last identification matters; the category is looked up
        // only then, so ordinary edits cost nothing.
        if (change.Entity != CustomFieldEntity.Inquiry || IdentifiesDevice(context.Fields) || !IdentifiesDevice(change.Previous))
        {
            return;
        }

        var inquiry = await inquiries.GetAsync(change.Key, cancellationToken).ConfigureAwait(false);
        if (inquiry.Category == ComplaintCategory.Code)
        {
            Refuse(context);
        }
    }

    private static bool IdentifiesDevice(IReadOnlyDictionary<string, string> fields) =>
        HasValue(fields, ComplaintFields.DeviceSerial) || HasValue(fields, ComplaintFields.LotNumber);

    private static bool HasValue(IReadOnlyDictionary<string, string> fields, string code) =>
        fields.TryGetValue(code, out var value) && !string.IsNullOrWhiteSpace(value);

    private static void Refuse(CrmChangeContext context) =>
        context.Veto(Messages.ComplaintNeedsDevice, "customFields." + ComplaintFields.DeviceSerial);
}
