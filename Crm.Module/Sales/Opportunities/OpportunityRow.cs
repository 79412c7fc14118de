using Crm.Abstractions.Sales;
using Crm.Module.Data;

namespace Crm.Module.Sales.Opportunities;

// An opportunity as stored in crm_opportunities; dates and timestamps are object because SQLite
// hands them back as text and Npgsql hands dates back as DateOnly.
internal sealed class OpportunityRow
{
    public const string Columns =
        "o.id AS Id, o.number AS Number, o.name AS Name, o.account_key AS AccountKey, o.prospect_id AS ProspectId, o.lead_id AS LeadId, " +
        "o.pipeline AS Pipeline, o.stage AS Stage, o.probability AS Probability, o.currency AS Currency, " +
        "o.expected_close_date AS ExpectedCloseDate, o.reference AS Reference, o.owner AS Owner, o.status AS Status, o.lost_reason AS LostReason, " +
        "o.lost_note AS LostNote, o.won_at AS WonAt, o.lost_at AS LostAt, o.matched_order_key AS MatchedOrderKey, o.matched_at AS MatchedAt, " +
        "o.match_method AS MatchMethod, o.created_at AS CreatedAt, o.created_by AS CreatedBy, o.updated_at AS UpdatedAt, o.updated_by AS UpdatedBy, " +
        "o.version AS Version";

    public long Id { get; set; }

    public string Number { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string? AccountKey { get; set; }

    public long? ProspectId { get; set; }

    public long? LeadId { get; set; }

    public string Pipeline { get; set; } = string.Empty;

    public string Stage { get; set; } = string.Empty;

    public int Probability { get; set; }

    public decimal Amount { get; set; }

    public string Currency { get; set; } = string.Empty;

    public object ExpectedCloseDate { get; set; } = string.Empty;

    public string? Reference { get; set; }

    public string Owner { get; set; } = string.Empty;

    public string Status { get; set; } = string.Empty;

    public string? LostReason { get; set; }

    public string? LostNote { get; set; }

    public object? WonAt { get; set; }

    public object? LostAt { get; set; }

    public string? MatchedOrderKey { get; set; }

    public object? MatchedAt { get; set; }

    public string? MatchMethod { get; set; }

    public object CreatedAt { get; set; } = string.Empty;

    public string CreatedBy { get; set; } = string.Empty;

    public object UpdatedAt { get; set; } = string.Empty;

    public string UpdatedBy { get; set; } = string.Empty;

    public int Version { get; set; }

    public Opportunity ToOpportunity() => new(
        Id,
        Number,
        Name,
        AccountKey,
        ProspectId,
        LeadId,
        Pipeline,
        Stage,
        Probability,
        Amount,
        Currency,
        DbValues.ToDate(ExpectedCloseDate),
        Reference,
        Owner,
        Enum.Parse<OpportunityStatus>(Status),
        LostReason,
        LostNote,
        DbValues.ToNullableUtc(WonAt) ?? DbValues.ToNullableUtc(LostAt),
        MatchedOrderKey is { } order && MatchMethod is { } method
            ? new OrderMatch(order, DbValues.ToNullableUtc(MatchedAt)!.Value, Enum.Parse<OrderMatchMethod>(method))
            : null,
        DbValues.ToNullableUtc(CreatedAt)!.Value,
        CreatedBy,
        DbValues.ToNullableUtc(UpdatedAt)!.Value,
        UpdatedBy,
        Version);

    /// <summary>Won: certain, closed now.</summary>
    public void MarkWon(DateTimeOffset now)
    {
        Status = nameof(OpportunityStatus.Won);
        Probability = 100;
        WonAt = DbValues.ToUtcParameter(now);
    }

    /// <summary>Lost for <paramref name="reason"/>: no chance left, closed now.</summary>
    public void MarkLost(string reason, string? note, DateTimeOffset now)
    {
        Status = nameof(OpportunityStatus.Lost);
        Probability = 0;
        LostReason = reason;
        LostNote = note;
        LostAt = DbValues.ToUtcParameter(now);
    }

    /// <summary>Marks the row changed by <paramref name="by"/> at <paramref name="now"/>, one version on.</summary>
    public void Touch(string by, DateTimeOffset now)
    {
        UpdatedAt = DbValues.ToUtcParameter(now);
        UpdatedBy = by;
        Version++;
    }
}
