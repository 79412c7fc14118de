using Crm.Abstractions.Inquiries;

namespace ErpCrm.MedicalDevices.Complaints;

/// <summary>
/// The inquiry category <c>med.complaint</c>: a complaint about a medical device, high priority,
/// for the quality team (configure a team with the code <c>quality</c> under
/// <c>Crm:Inquiries:Teams</c>; without it the add-on's default team receives complaints).
/// </summary>
internal sealed class ComplaintCategory : IInquiryCategorySource
{
    public const string Code = "med.complaint";
    public const string QualityTeam = "quality";

    public IEnumerable<InquiryCategory> Categories { get; } = [new(Code, "Product complaint (medical device)", InquiryPriority.High, QualityTeam)];
}
