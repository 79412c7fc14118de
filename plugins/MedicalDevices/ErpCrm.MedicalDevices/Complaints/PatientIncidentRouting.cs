using Crm.Abstractions.Inquiries;

namespace ErpCrm.MedicalDevices.Complaints;

/// <summary>
/// Whatever category the clerk chose, an inquiry in which a patient was involved goes to the quality
/// team: a delivery question that turns out to involve an injured patient is a vigilance case.
/// Complaints reach the quality team through their category already.
/// </summary>
/// <remarks>
/// Routing rules configured by an administrator come first; without a configured team
/// <c>quality</c> the add-on ignores this answer (and logs it).
/// </remarks>
internal sealed class PatientIncidentRouting : IInquiryRoutingRule
{
    public string Code => "med.patient-incident-to-quality";

    public ValueTask<InquiryRoute?> RouteAsync(InquiryRoutingRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var patientInvolved = request.CustomFields.TryGetValue(ComplaintFields.PatientInvolved, out var involved) && involved == PatientInvolvement.Yes;
        return ValueTask.FromResult(patientInvolved ? new InquiryRoute(ComplaintCategory.QualityTeam) : null);
    }
}
