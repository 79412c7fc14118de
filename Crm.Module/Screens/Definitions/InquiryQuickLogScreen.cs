using Crm.Abstractions.Screens;

namespace Crm.Module.Screens.Definitions;

/// <summary>
/// The clerk's keyboard-first form: the account by search as you type, the order picked from that
/// account's orders (a page of orders: key stored, number shown), save with one key. Fields are in
/// focus order; the channel is required, so its select starts on the first value, Phone.
/// </summary>
internal static class InquiryQuickLogScreen
{
    private const string Key = "screens.inquiryQuickLog.";

    public static ScreenDefinition Definition { get; } = new(
        "crm.inquiry-quick-log",
        ScreenKind.Card,
        Key + "title",
        DataRoute: null,
        Sections:
        [
            new("inquiry", Key + "inquiry",
            [
                new("accountKey", Key + "account", FieldType.Reference, "accountKey", Editable: true, Required: true, OptionsRoute: "/api/crm/accounts?search={accountKey}", OptionValuePath: "key", OptionLabelPath: "name"),
                new("orderKey", Key + "order", FieldType.Reference, "orderKey", Editable: true, OptionsRoute: "/api/crm/accounts/{accountKey}/orders", OptionValuePath: "key", OptionLabelPath: "number"),
                new("subject", Key + "subject", FieldType.Text, "subject", Editable: true, Required: true),
                new("channel", Key + "channel", FieldType.Choice, "channel", Editable: true, Required: true, Choices: ["Phone", "Email", "Web", "Letter", "WalkIn"]),
                new("category", Key + "category", FieldType.Choice, "category", Editable: true, OptionsRoute: ScreenInputs.InquiryCategories, OptionValuePath: "code", OptionLabelPath: "name"),
                new("priority", Key + "priority", FieldType.Choice, "priority", Editable: true, Choices: ["Low", "Normal", "High", "Urgent"]),
                new("contactName", Key + "contactName", FieldType.Text, "contactName", Editable: true),
                new("text", Key + "text", FieldType.Text, "text", Editable: true),
            ]),
        ],
        Actions:
        [
            new("save", Key + "save", "POST", "/api/crm/inquiries", Shortcut: "Ctrl+Enter", SendsForm: true),
        ]);
}
