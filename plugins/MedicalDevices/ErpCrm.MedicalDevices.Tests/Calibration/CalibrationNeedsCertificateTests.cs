using Crm.Abstractions.Activities;
using Crm.Abstractions.CustomFields;
using Crm.Abstractions.Extensibility;
using ErpCrm.MedicalDevices.Calibration;

namespace ErpCrm.MedicalDevices.Tests.Calibration;

[TestClass]
public sealed class CalibrationNeedsCertificateTests
{
    [TestMethod]
    [DataRow("med.calibration", null, true)]
    [DataRow("med.calibration", "  ", true)]
    [DataRow("med.calibration", "KAL-2026-0042", false)]
    [DataRow("call", null, false)]
    public async Task Completing_a_calibration_needs_its_certificate_number(string type, string? certificate, bool refused)
    {
        var fields = certificate is null ? new Dictionary<string, string>() : new Dictionary<string, string> { [CalibrationFields.CertificateNumber] = certificate };
        var context = new CrmChangeContext(CustomFieldEntity.Activity, "17", "rep", fields);

        await new CalibrationNeedsCertificate().BeforeAsync(Completed(type), context, CancellationToken.None);

        Assert.AreEqual(refused, context.Vetoes.ContainsKey("customFields.med.certificate-number"));
    }

    private static ActivityCompleted Completed(string type)
    {
        var at = new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);
        var activity = new Activity(17, type, "Calibration due", null, "C1", null, null, null, at, null, null, "rep", ActivityStatus.Done, "Calibrated", null, at, "rep", at, 2);
        return new ActivityCompleted(activity) { EventId = Guid.NewGuid(), OccurredAt = at };
    }
}
