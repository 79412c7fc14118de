using Crm.Module.Sales.Pipelines;

namespace Crm.Module.Sales.Opportunities;

/// <summary>Everything opportunities read from configuration, resolved together at start so that a wrong setting stops start-up.</summary>
internal sealed record OpportunitySettings(PipelineCatalog Pipelines, OrderMatchOptions Matching);
