namespace ErpCrm.MedicalDevices.Complaints;

/// <summary>The choice codes of <see cref="ComplaintFields.PatientInvolved"/>.</summary>
internal static class PatientInvolvement
{
    public const string Yes = "yes";
    public const string No = "no";
    public const string Unknown = "unknown";
}
