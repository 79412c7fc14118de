using Crm.Abstractions.Screens;
using Crm.Module.Sales.Pipelines;

namespace Crm.Module.Screens.Definitions;

/// <summary>The add-on's own screens; a board per pipeline of the catalog.</summary>
internal sealed class BuiltInScreens(PipelineCatalog pipelines) : IScreenSource
{
    public string Name => "crm";

    public IEnumerable<ScreenDefinition> Screens =>
    [
        InquiryQuickLogScreen.Definition,
        InquiryQueueScreen.Definition,
        InquiryCardScreen.Definition,
        MyActivitiesScreen.Definition,
        .. pipelines.All.Select(PipelineBoardScreens.For),
        OpportunityCardScreen.Definition,
        ForecastDashboardScreen.Definition,
        SalesTargetsScreen.Definition,
        LeadListScreen.Definition,
        LeadCardScreen.Definition,
        ReorderDueScreen.Definition,
        SegmentsScreen.Definition,
        AccountOwnerScreen.Definition,
        FollowUpAdminScreen.Definition,
        PluginsScreen.Definition,
    ];
}
