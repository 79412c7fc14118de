namespace ErpCrm.Automotive;

/// <summary>
/// The codes this plugin gives the CRM: custom fields, inquiry categories, activity types, its rule
/// and its job. They are stored in the add-on's tables and named in configuration, so they never change.
/// </summary>
internal static class AutomotiveCodes
{
    public const string Vin = "auto.vin";
    public const string Model = "auto.model";
    public const string FirstRegistration = "auto.first-registration";
    public const string Fuel = "auto.fuel";
    public const string Mileage = "auto.mileage";

    public const string RecallCategory = "auto.recall";
    public const string WarrantyCategory = "auto.warranty-claim";
    public const string ServiceRequestCategory = "auto.service-request";

    /// <summary>The inquiry team the workshop's categories go to unless a routing rule says otherwise.</summary>
    public const string ServiceTeam = "service";

    public const string ServiceAppointment = "auto.service-appointment";
    public const string SatisfactionCall = "auto.satisfaction-call";
    public const string TestDrive = "auto.test-drive";

    /// <summary>The dealer's sales pipeline; pipeline codes take no dots, hence the dash.</summary>
    public const string VehicleSalesPipeline = "auto-vehicle-sales";

    public const string ServiceDueRule = "auto.service-due";
    public const string VehicleRegisterJob = "auto.vehicle-register";

    /// <summary>How the add-on's API names a custom field in validation errors.</summary>
    public static string ApiName(string fieldCode) => "customFields." + fieldCode;
}
