using Crm.Abstractions.CustomFields;

namespace ErpCrm.MedicalDevices.Accounts;

/// <summary>
/// What a wholesaler needs to know about a customer's facility: who receives safety notices and
/// vigilance questions there, and what kind of facility it is (which decides, among other things,
/// which devices it may be supplied with).
/// </summary>
internal sealed class FacilityFields : ICustomFieldSource
{
    public const string RegulatoryContact = "med.regulatory-contact";
    public const string FacilityType = "med.facility-type";

    public IEnumerable<CustomField> Fields { get; } =
    [
        new(CustomFieldEntity.Account, RegulatoryContact, "Regulatory contact (safety notices)", CustomFieldType.Text) { MaxLength = 200 },
        new(CustomFieldEntity.Account, FacilityType, "Facility type", CustomFieldType.Choice)
        {
            Choices = [new("hospital", "Hospital"), new("clinic", "Clinic"), new("practice", "Practice"), new("pharmacy", "Pharmacy")],
        },
    ];
}
