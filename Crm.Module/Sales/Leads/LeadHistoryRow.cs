using Crm.Abstractions.Sales;
using Crm.Module.Data;

namespace Crm.Module.Sales.Leads;

// One row of crm_lead_history.
internal sealed class LeadHistoryRow
{
    public long LeadId { get; set; }

    public object At { get; set; } = string.Empty;

    public string ByUser { get; set; } = string.Empty;

    public string Kind { get; set; } = string.Empty;

    public string? Text { get; set; }

    public LeadHistoryEntry ToEntry() => new(LeadId, DbValues.ToNullableUtc(At)!.Value, ByUser, Kind, Text);
}
