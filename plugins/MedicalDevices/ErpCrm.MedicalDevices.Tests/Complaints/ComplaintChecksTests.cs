using Crm.Abstractions.Inquiries;
using ErpCrm.MedicalDevices.Complaints;

namespace ErpCrm.MedicalDevices.Tests.Complaints;

/// <summary>The before-change checks that need nothing but the change itself.</summary>
[TestClass]
public sealed class ComplaintChecksTests
{
    [TestMethod]
    public async Task A_complaint_without_serial_or_lot_is_refused_naming_the_serial_field()
    {
        var context = ChangeContexts.ForInquiry("INQ-2026-000001", (ComplaintFields.PatientInvolved, "no"));

        await new ComplaintNeedsDevice().BeforeAsync(ChangeContexts.Logged("INQ-2026-000001", "med.complaint"), context, CancellationToken.None);

        Assert.AreEqual("customFields.med.device-serial", context.Vetoes.Single().Key);
        StringAssert.Contains(context.Vetoes.Single().Value.Single(), "serial number or lot number");
    }

    [TestMethod]
    [DataRow("med.complaint", ComplaintFields.LotNumber, "L2026-114")]
    [DataRow("med.complaint", ComplaintFields.DeviceSerial, "SN-4711")]
    [DataRow("general", ComplaintFields.PatientInvolved, "no")]
    public async Task A_complaint_with_serial_or_lot_and_other_inquiries_pass(string category, string field, string value)
    {
        var context = ChangeContexts.ForInquiry("INQ-2026-000002", (field, value));

        await new ComplaintNeedsDevice().BeforeAsync(ChangeContexts.Logged("INQ-2026-000002", category), context, CancellationToken.None);

        Assert.IsFalse(context.IsVetoed);
    }

    [TestMethod]
    public async Task Patient_involvement_makes_the_report_required_unless_filed()
    {
        var logged = ChangeContexts.ForInquiry("INQ-2026-000003", (ComplaintFields.PatientInvolved, "yes"), (ComplaintFields.RegulatoryReport, "not-required"));
        var filed = ChangeContexts.ForInquiry("INQ-2026-000004", (ComplaintFields.PatientInvolved, "yes"), (ComplaintFields.RegulatoryReport, "filed"));
        var noPatient = ChangeContexts.ForInquiry("INQ-2026-000005", (ComplaintFields.PatientInvolved, "unknown"));
        var handler = new PatientInvolvementFlagsReport();

        await handler.BeforeAsync(ChangeContexts.Logged("INQ-2026-000003", "med.complaint"), logged, CancellationToken.None);
        await handler.BeforeAsync(ChangeContexts.FieldsChanged("INQ-2026-000004", filed.Fields, filed.Fields), filed, CancellationToken.None);
        await handler.BeforeAsync(ChangeContexts.Logged("INQ-2026-000005", "med.complaint"), noPatient, CancellationToken.None);

        Assert.AreEqual("required", logged.Enriched[ComplaintFields.RegulatoryReport]);
        Assert.AreEqual("required", logged.Fields[ComplaintFields.RegulatoryReport], "later handlers see it");
        Assert.IsEmpty(filed.Enriched);
        Assert.IsEmpty(noPatient.Enriched);
    }

    [TestMethod]
    [DataRow(InquiryStatus.Resolved)]
    [DataRow(InquiryStatus.Closed)]
    public async Task Resolving_or_closing_with_a_required_unfiled_report_is_refused(InquiryStatus to)
    {
        var context = ChangeContexts.ForInquiry("INQ-2026-000006", (ComplaintFields.RegulatoryReport, "required"));

        await new OpenReportBlocksClosing().BeforeAsync(ChangeContexts.StatusChanged("INQ-2026-000006", to), context, CancellationToken.None);

        Assert.AreEqual("customFields.med.regulatory-report", context.Vetoes.Single().Key);
    }

    [TestMethod]
    [DataRow(InquiryStatus.WaitingOnCustomer, "required")]
    [DataRow(InquiryStatus.Resolved, "filed")]
    [DataRow(InquiryStatus.Closed, "not-required")]
    public async Task Other_moves_and_filed_or_unneeded_reports_pass(InquiryStatus to, string report)
    {
        var context = ChangeContexts.ForInquiry("INQ-2026-000007", (ComplaintFields.RegulatoryReport, report));

        await new OpenReportBlocksClosing().BeforeAsync(ChangeContexts.StatusChanged("INQ-2026-000007", to), context, CancellationToken.None);

        Assert.IsFalse(context.IsVetoed);
    }
}
