using Crm.Abstractions.Screens;

namespace ErpCrm.Automotive.Inquiries;

/// <summary>
/// Puts the VIN on the clerk's quick-log form, right after the category: a recall or warranty claim
/// cannot be logged without it, and the clerk should not have to open the inquiry again to add it.
/// The input is sent as <c>customFields["auto.vin"]</c> and carries the id the API names its
/// validation error with, so a refusal shows beside it.
/// </summary>
internal sealed class QuickLogVinField : IScreenExtensionSource
{
    public const string QuickLogScreen = "crm.inquiry-quick-log";

    public string Name => "ErpCrm.Automotive";

    public IEnumerable<ScreenExtension> Extensions { get; } =
    [
        new(
            "auto.quick-log-vin",
            QuickLogScreen,
            ScreenAnchor.After("category"),
            Fields: [new ScreenField(AutomotiveCodes.ApiName(AutomotiveCodes.Vin), "field." + AutomotiveCodes.Vin, FieldType.Text, $"customFields[\"{AutomotiveCodes.Vin}\"]", Editable: true)]),
    ];
}
