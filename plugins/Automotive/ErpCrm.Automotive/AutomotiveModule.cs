using Autofac;
using Crm.Abstractions.CustomFields;
using Crm.Abstractions.Activities;
using Crm.Abstractions.Extensibility;
using Crm.Abstractions.FollowUps;
using Crm.Abstractions.Inquiries;
using Crm.Abstractions.Sales;
using Crm.Abstractions.Screens;
using ErpCrm.Automotive.Inquiries;
using ErpCrm.Automotive.Register;
using ErpCrm.Automotive.Sales;
using ErpCrm.Automotive.Service;
using ErpCrm.Automotive.Vehicles;

namespace ErpCrm.Automotive;

/// <summary>
/// The automotive dealer plugin: the car on opportunities, inquiries and workshop activities, a
/// register of the cars sold, a vehicle sales pipeline, service reminders from the ERP's vehicle sales, recalls for the
/// workshop and the dealer's activity types. Its table, <c>auto_vehicles</c>, comes from its migration.
/// </summary>
public sealed class AutomotiveModule : Module
{
    /// <inheritdoc/>
    protected override void Load(ContainerBuilder builder)
    {
        // What the users see: fields, labels, inquiry categories, activity types, the VIN on the quick log.
        builder.RegisterType<VehicleFields>().As<ICustomFieldSource>().SingleInstance();
        builder.RegisterType<AutomotiveLabels>().As<ILabelSource>().SingleInstance();
        builder.RegisterType<WorkshopInquiryCategories>().As<IInquiryCategorySource>().SingleInstance();
        builder.RegisterType<WorkshopActivityTypes>().As<IActivityTypeSource>().SingleInstance();
        builder.RegisterType<QuickLogVinField>().As<IScreenExtensionSource>().SingleInstance();
        builder.RegisterType<VehicleSalesPipeline>().As<IPipelineSource>().SingleInstance();

        // The vehicle register and what keeps it filled.
        builder.RegisterType<VehicleRegister>().SingleInstance();
        builder.RegisterType<VehicleSales>().InstancePerDependency();
        builder.RegisterType<RecordSoldVehicle>().As<ICrmEventHandler<OpportunityWon>>().InstancePerDependency();
        builder.RegisterType<VehicleRegisterJob>().As<ICrmJob>().InstancePerDependency();

        // Checks and enrichment before a change is committed.
        builder.RegisterType<VehicleDetails>().InstancePerDependency();
        builder.RegisterType<VehicleInquiryCheck>().As<ICrmBeforeHandler<InquiryLogged>>().InstancePerDependency();
        builder.RegisterType<VehicleDetailsOnChange>()
            .As<ICrmBeforeHandler<OpportunityOpened>>()
            .As<ICrmBeforeHandler<CustomFieldsChanged>>()
            .InstancePerDependency();

        // Service reminders.
        builder.RegisterType<ServiceDueRule>().As<IFollowUpRule>().InstancePerDependency();
    }
}
