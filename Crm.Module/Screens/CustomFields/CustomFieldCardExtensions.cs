using Crm.Abstractions.CustomFields;
using Crm.Abstractions.Screens;
using Crm.Module.CustomFields;
using Crm.Module.Screens.Definitions;

namespace Crm.Module.Screens.CustomFields;

/// <summary>
/// The "Additional fields" section and its edit action on each card of an entity that has custom
/// fields, the host's customer card included; generated once at start from the checked definitions.
/// A card with none of its entity's fields gets nothing.
/// </summary>
internal sealed class CustomFieldCardExtensions(CustomFieldDefinitions definitions) : IScreenExtensionSource
{
    private static readonly (string ScreenId, CustomFieldEntity Entity)[] Cards =
    [
        (LeadCardScreen.Id, CustomFieldEntity.Lead),
        (OpportunityCardScreen.Id, CustomFieldEntity.Opportunity),
        (InquiryCardScreen.Id, CustomFieldEntity.Inquiry),
        (CustomerCard.Id, CustomFieldEntity.Account),
    ];

    public string Name => "crm.custom-fields";

    public IEnumerable<ScreenExtension> Extensions =>
        Cards.Select(card => CustomFieldScreenParts.CardExtension(card.ScreenId, card.Entity, [.. definitions.Of(card.Entity).Select(defined => defined.Field)]))
            .OfType<ScreenExtension>();
}
