using Autofac;
using Crm.Abstractions.Activities;
using Crm.Abstractions.CustomFields;
using Crm.Abstractions.Extensibility;
using Crm.Abstractions.FollowUps;
using Crm.Abstractions.Inquiries;
using Crm.Abstractions.Screens;
using ErpCrm.MedicalDevices.Accounts;
using ErpCrm.MedicalDevices.Activities;
using ErpCrm.MedicalDevices.Calibration;
using ErpCrm.MedicalDevices.Complaints;
using ErpCrm.MedicalDevices.Consumables;
using ErpCrm.MedicalDevices.Labels;
using ErpCrm.MedicalDevices.Vigilance;

namespace ErpCrm.MedicalDevices;

/// <summary>
/// The medical-devices wholesale plugin: what it adds to the CRM, one line each.
/// </summary>
public sealed class MedicalDevicesModule : Module
{
    /// <inheritdoc />
    protected override void Load(ContainerBuilder builder)
    {
        // Customers' facilities.
        builder.RegisterType<FacilityFields>().As<ICustomFieldSource>().SingleInstance();

        // Product complaints: category, fields, and the checks before a complaint is saved or closed.
        builder.RegisterType<ComplaintCategory>().As<IInquiryCategorySource>().SingleInstance();
        builder.RegisterType<ComplaintFields>().As<ICustomFieldSource>().SingleInstance();
        builder.RegisterType<ComplaintNeedsDevice>().As<ICrmBeforeHandler<InquiryLogged>>();
        builder.RegisterType<ComplaintKeepsDevice>().As<ICrmBeforeHandler<CustomFieldsChanged>>();
        builder.RegisterType<PatientInvolvementFlagsReport>().As<ICrmBeforeHandler<InquiryLogged>>().As<ICrmBeforeHandler<CustomFieldsChanged>>();
        builder.RegisterType<PatientIncidentRouting>().As<IInquiryRoutingRule>().SingleInstance();
        builder.RegisterType<OpenReportBlocksClosing>().As<ICrmBeforeHandler<InquiryStatusChanged>>();
        builder.RegisterType<ClosingNeedsPatientAssessment>().As<ICrmBeforeHandler<InquiryStatusChanged>>();

        // Vigilance reports: their table, kept after each change, caught up daily, and reminders.
        builder.RegisterType<VigilanceReports>().AsSelf();
        builder.RegisterType<VigilanceReportRecorder>()
            .As<ICrmEventHandler<InquiryLogged>>().As<ICrmEventHandler<CustomFieldsChanged>>().As<ICrmEventHandler<InquiryAssigned>>();
        builder.RegisterType<VigilanceDeadlineJob>().As<ICrmJob>();
        builder.RegisterType<VigilanceDeadlineRule>().As<IFollowUpRule>();

        // Devices in the field and the consumables they use.
        builder.RegisterType<MedicalActivityTypes>().As<IActivityTypeSource>().SingleInstance();
        builder.RegisterType<CalibrationDueRule>().As<IFollowUpRule>();
        builder.RegisterType<CalibrationFields>().As<ICustomFieldSource>().SingleInstance();
        builder.RegisterType<CalibrationNeedsCertificate>().As<ICrmBeforeHandler<ActivityCompleted>>();
        builder.RegisterType<ConsumablesReorderRule>().As<IFollowUpRule>();

        builder.RegisterType<MedicalLabels>().As<ILabelSource>().SingleInstance();
    }
}
