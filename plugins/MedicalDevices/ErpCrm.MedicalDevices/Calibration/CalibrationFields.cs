using Crm.Abstractions.CustomFields;

namespace ErpCrm.MedicalDevices.Calibration;

/// <summary>
/// The evidence of a calibration: the certificate number the technician issued. An auditor asks
/// for it per device and date; without it the calibration did not happen as far as they are concerned.
/// </summary>
internal sealed class CalibrationFields : ICustomFieldSource
{
    public const string CertificateNumber = "med.certificate-number";

    public IEnumerable<CustomField> Fields { get; } =
    [
        new(CustomFieldEntity.Activity, CertificateNumber, "Calibration certificate number", CustomFieldType.Text) { MaxLength = 60 },
    ];
}
