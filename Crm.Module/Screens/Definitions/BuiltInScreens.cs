using Crm.Abstractions.CustomFields;
using Crm.Abstractions.Screens;
using Crm.Module.CustomFields;
using Crm.Module.Sales.Pipelines;
using Crm.Module.Screens.CustomFields;

namespace Crm.Module.Screens.Definitions;

/// <summary>The add-on's own screens; a board per pipeline of the catalog; the lists filter by their entity's custom fields.</summary>
internal sealed class BuiltInScreens(PipelineCatalog pipelines, CustomFieldDefinitions customFields) : IScreenSource
{
    public string Name => "crm";

    public IEnumerable<ScreenDefinition> Screens =>
    [
        InquiryQuickLogScreen.Definition,
        Filtered(InquiryQueueScreen.Definition, CustomFieldEntity.Inquiry),
        InquiryCardScreen.Definition,
        Filtered(MyActivitiesScreen.Definition, CustomFieldEntity.Activity),
        .. pipelines.All.Select(PipelineBoardScreens.For),
        OpportunityCardScreen.Definition,
        ForecastDashboardScreen.Definition,
        SalesTargetsScreen.Definition,
        Filtered(LeadListScreen.Definition, CustomFieldEntity.Lead),
        LeadCardScreen.Definition,
        ReorderDueScreen.Definition,
        SegmentsScreen.Definition,
        AccountOwnerScreen.Definition,
        FollowUpAdminScreen.Definition,
        PluginsScreen.Definition,
    ];

    private ScreenDefinition Filtered(ScreenDefinition list, CustomFieldEntity entity) =>
        CustomFieldScreenParts.WithFilters(list, [.. customFields.Of(entity).Select(defined => defined.Field)]);
}
