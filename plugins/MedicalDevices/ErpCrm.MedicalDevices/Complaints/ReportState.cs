namespace ErpCrm.MedicalDevices.Complaints;

/// <summary>The choice codes of <see cref="ComplaintFields.RegulatoryReport"/>: where the report to the authority stands.</summary>
internal static class ReportState
{
    public const string NotRequired = "not-required";
    public const string Required = "required";
    public const string Filed = "filed";
}
