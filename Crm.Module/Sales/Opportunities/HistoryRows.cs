using Crm.Abstractions.Sales;
using Crm.Module.Data;

namespace Crm.Module.Sales.Opportunities;

// A row of crm_opportunity_stages; timestamps are object because SQLite hands them back as text.
internal sealed class StageVisitRow
{
    public string StageCode { get; set; } = string.Empty;

    public int Probability { get; set; }

    public object EnteredAt { get; set; } = string.Empty;

    public object? LeftAt { get; set; }

    public string ByUser { get; set; } = string.Empty;

    public StageVisit ToVisit() => new(StageCode, Probability, DbValues.ToNullableUtc(EnteredAt)!.Value, DbValues.ToNullableUtc(LeftAt), ByUser);
}

// A row of crm_opportunity_close_dates; dates are object because SQLite hands them back as text and Npgsql as DateOnly.
internal sealed class CloseDateRow
{
    public object OldDate { get; set; } = string.Empty;

    public object NewDate { get; set; } = string.Empty;

    public object ChangedAt { get; set; } = string.Empty;

    public string ByUser { get; set; } = string.Empty;

    public CloseDateChange ToChange() => new(DbValues.ToDate(OldDate), DbValues.ToDate(NewDate), DbValues.ToNullableUtc(ChangedAt)!.Value, ByUser);
}
