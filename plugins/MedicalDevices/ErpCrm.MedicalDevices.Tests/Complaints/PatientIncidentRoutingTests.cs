using Crm.Abstractions.Inquiries;
using ErpCrm.MedicalDevices.Complaints;

namespace ErpCrm.MedicalDevices.Tests.Complaints;

[TestClass]
public sealed class PatientIncidentRoutingTests
{
    [TestMethod]
    [DataRow("yes", "quality")]
    [DataRow("no", null)]
    [DataRow("unknown", null)]
    [DataRow(null, null)]
    public async Task An_inquiry_with_a_patient_involved_goes_to_the_quality_team_whatever_its_category(string? patientInvolved, string? team)
    {
        var fields = patientInvolved is null ? new Dictionary<string, string>() : new Dictionary<string, string> { [ComplaintFields.PatientInvolved] = patientInvolved };
        var request = new InquiryRoutingRequest("C1", "delivery-status", InquiryPriority.Normal, InquiryChannel.Phone, "rep", null, null, fields);

        var route = await new PatientIncidentRouting().RouteAsync(request, CancellationToken.None);

        Assert.AreEqual(team, route?.Team);
        Assert.IsNull(route?.Assignee, "the team's own assignment picks the person");
    }
}
