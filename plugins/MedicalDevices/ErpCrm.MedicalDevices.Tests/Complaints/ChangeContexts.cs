using Crm.Abstractions.CustomFields;
using Crm.Abstractions.Extensibility;
using Crm.Abstractions.Inquiries;

namespace ErpCrm.MedicalDevices.Tests.Complaints;

/// <summary>Changes of inquiries as the add-on hands them to before-change handlers.</summary>
internal static class ChangeContexts
{
    public static CrmChangeContext ForInquiry(string number, params (string Code, string Value)[] fields) =>
        new(CustomFieldEntity.Inquiry, number, "clerk", fields.ToDictionary(f => f.Code, f => f.Value));

    public static InquiryLogged Logged(string number, string category)
    {
        var target = new ServiceTargetState(new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero), null, false, false, false);
        var inquiry = new Inquiry(
            number, "C1", "Infusion pump alarms without reason", null, InquiryChannel.Phone, "Dr. Weber", null, null, category, InquiryPriority.High,
            InquiryStatus.New, "quality", "qm", null, target, target, null, new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.Zero), "clerk",
            new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.Zero), 1);
        return new InquiryLogged(inquiry) { EventId = Guid.NewGuid(), OccurredAt = inquiry.CreatedAt };
    }

    public static CustomFieldsChanged FieldsChanged(string number, IReadOnlyDictionary<string, string> values, IReadOnlyDictionary<string, string> previous) =>
        new(CustomFieldEntity.Inquiry, number, values, previous) { EventId = Guid.NewGuid(), OccurredAt = DateTimeOffset.UtcNow };

    public static InquiryStatusChanged StatusChanged(string number, InquiryStatus to) =>
        new(number, InquiryStatus.InProgress, to, null) { EventId = Guid.NewGuid(), OccurredAt = DateTimeOffset.UtcNow };
}
