using Crm.Abstractions.CustomFields;

namespace ErpCrm.MedicalDevices.Complaints;

/// <summary>
/// What a product complaint must record for vigilance: which device (serial or lot), whether a
/// patient was involved, when it happened, and where the regulatory report stands.
/// </summary>
internal sealed class ComplaintFields : ICustomFieldSource
{
    public const string DeviceSerial = "med.device-serial";
    public const string LotNumber = "med.lot-number";
    public const string PatientInvolved = "med.patient-involved";
    public const string IncidentDate = "med.incident-date";
    public const string RegulatoryReport = "med.regulatory-report";

    public IEnumerable<CustomField> Fields { get; } =
    [
        new(CustomFieldEntity.Inquiry, DeviceSerial, "Device serial number", CustomFieldType.Text) { MaxLength = 60 },
        new(CustomFieldEntity.Inquiry, LotNumber, "Lot / batch number", CustomFieldType.Text) { MaxLength = 60 },
        new(CustomFieldEntity.Inquiry, PatientInvolved, "Patient involved", CustomFieldType.Choice)
        {
            Choices = [new(PatientInvolvement.Yes, "Yes"), new(PatientInvolvement.No, "No"), new(PatientInvolvement.Unknown, "Unknown")],
        },
        new(CustomFieldEntity.Inquiry, IncidentDate, "Incident date", CustomFieldType.Date),
        new(CustomFieldEntity.Inquiry, RegulatoryReport, "Regulatory report", CustomFieldType.Choice)
        {
            Choices = [new(ReportState.NotRequired, "Not required"), new(ReportState.Required, "Required"), new(ReportState.Filed, "Filed")],
        },
    ];
}
