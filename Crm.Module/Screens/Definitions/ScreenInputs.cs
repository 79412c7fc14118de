using Crm.Abstractions.Screens;

namespace Crm.Module.Screens.Definitions;

/// <summary>
/// Inputs and option lists several screens share, with shared label keys (<c>screens.inputs.*</c>)
/// so that a value such as an inquiry status reads the same everywhere and is translated once.
/// Input ids are unique per screen, so each screen passes its own id.
/// </summary>
internal static class ScreenInputs
{
    public const string Key = "screens.inputs.";

    public const string ActivityTypes = "/api/crm/activities/types";
    public const string InquiryCategories = "/api/crm/inquiries/categories";
    public const string LostReasons = "/api/crm/pipelines/lost-reasons";

    /// <summary>The record value a change endpoint demands for optimistic concurrency (as last read).</summary>
    public static IReadOnlyList<string> Version { get; } = ["version"];

    public static IReadOnlyList<string> InquiryStatuses { get; } = ["New", "InProgress", "WaitingOnCustomer", "Resolved", "Closed"];

    // Converted and Merged are set by conversion and merge only; the status endpoint refuses them.
    public static IReadOnlyList<string> LeadStatuses { get; } = ["New", "Contacted", "Qualified", "Disqualified"];

    public static IReadOnlyList<string> Channels { get; } = ["Phone", "Email", "Web", "Letter", "WalkIn"];

    public static IReadOnlyList<string> Priorities { get; } = ["Low", "Normal", "High", "Urgent"];

    /// <summary>An ERP account picked by search as you type; the field's own value is the search text.</summary>
    public static ScreenField Account(string id, string dataPath = "accountKey", bool required = true) =>
        new(id, Key + "account", FieldType.Reference, dataPath, Editable: true, Required: required,
            OptionsRoute: $"/api/crm/accounts?search={{{id}}}", OptionValuePath: "key", OptionLabelPath: "name");

    public static ScreenField Text(string id, string labelKey, string dataPath, bool required = false) =>
        new(id, labelKey, FieldType.Text, dataPath, Editable: true, Required: required);

    public static ScreenField InquiryStatus(string id) =>
        new(id, Key + "inquiryStatus", FieldType.Choice, "status", Editable: true, Required: true, Choices: InquiryStatuses);

    public static ScreenField LeadStatus(string id) =>
        new(id, Key + "leadStatus", FieldType.Choice, "status", Editable: true, Required: true, Choices: LeadStatuses);

    public static ScreenField LostReason(string id) =>
        new(id, Key + "lostReason", FieldType.Choice, "reason", Editable: true, Required: true, OptionsRoute: LostReasons, OptionValuePath: "code", OptionLabelPath: "name");

    /// <summary>A stage of a pipeline, from the pipeline's stage list: <paramref name="pipelineRoute"/> is a code or a <c>{field}</c> placeholder.</summary>
    public static ScreenField Stage(string id, string pipelineRoute, bool required = true) =>
        new(id, Key + "stage", FieldType.Choice, "stage", Editable: true, Required: required,
            OptionsRoute: $"/api/crm/pipelines/{pipelineRoute}/stages", OptionValuePath: "code", OptionLabelPath: "name");

    public static ScreenField ActivityType(string id) =>
        new(id, Key + "activityType", FieldType.Choice, "type", Editable: true, Required: true, OptionsRoute: ActivityTypes, OptionValuePath: "code", OptionLabelPath: "name");

    public static ScreenField Channel(string id) =>
        new(id, Key + "channel", FieldType.Choice, "channel", Editable: true, Required: true, Choices: Channels);

    /// <summary>The inputs of planning an activity: type, subject, due time, notes (the account is the caller's).</summary>
    public static IReadOnlyList<ScreenField> PlanActivity(string prefix, ScreenField account) =>
    [
        ActivityType(prefix + "Type"),
        Text(prefix + "Subject", Key + "subject", "subject", required: true),
        account,
        new(prefix + "DueAt", Key + "dueAt", FieldType.DateTime, "dueAt", Editable: true),
        Text(prefix + "Assignee", Key + "assignee", "assignee"),
        Text(prefix + "Notes", Key + "notes", "notes"),
    ];

    /// <summary>The inputs of logging an inquiry: subject, channel, order, text (the account is the caller's).</summary>
    public static IReadOnlyList<ScreenField> LogInquiry(string prefix, ScreenField account) =>
    [
        account,
        Text(prefix + "Subject", Key + "subject", "subject", required: true),
        Channel(prefix + "Channel"),
        new(prefix + "Order", Key + "order", FieldType.Reference, "orderKey", Editable: true,
            OptionsRoute: "/api/crm/accounts/{" + account.Id + "}/orders", OptionValuePath: "key", OptionLabelPath: "number"),
        Text(prefix + "Text", Key + "text", "text"),
    ];

    /// <summary>The inputs of turning a lead into an opportunity.</summary>
    public static IReadOnlyList<ScreenField> ConvertLead(string prefix) =>
    [
        Text(prefix + "Name", Key + "opportunityName", "opportunityName", required: true),
        new(prefix + "Amount", Key + "amount", FieldType.Number, "amount", Editable: true, Required: true),
        Text(prefix + "Currency", Key + "currency", "currency"),
        new(prefix + "CloseDate", Key + "expectedCloseDate", FieldType.Date, "expectedCloseDate", Editable: true, Required: true),
        Account(prefix + "Account", required: false),
        new(prefix + "CreateErpCustomer", Key + "createErpCustomer", FieldType.Boolean, "createErpCustomer", Editable: true),
    ];
}
