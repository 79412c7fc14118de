using Crm.Abstractions.Inquiries;
using Crm.Module.Data;

namespace Crm.Module.Inquiries;

/// <summary>Turns a stored row into the public record, with each target's state as of now.</summary>
internal static class InquiryMapper
{
    public static Inquiry ToInquiry(InquiryRow row, DateTimeOffset now) => new(
        row.Number,
        row.AccountKey,
        row.Subject,
        row.Body,
        Enum.Parse<InquiryChannel>(row.Channel),
        row.ContactName,
        row.OrderKey,
        row.InvoiceKey,
        row.Category,
        Enum.Parse<InquiryPriority>(row.Priority),
        Enum.Parse<InquiryStatus>(row.Status),
        row.Team,
        row.Assignee,
        DbValues.ToNullableDate(row.DueDate),
        State(row.FrDueAt, row.FrAtRiskAt, row.FrPausedAt, row.FrMetAt, now),
        State(row.ResDueAt, row.ResAtRiskAt, row.ResPausedAt, row.ResMetAt, now),
        row.ResolutionNote,
        Utc(row.CreatedAt),
        row.CreatedBy,
        Utc(row.UpdatedAt),
        row.Version);

    // The same rules as InquirySql's breached and at-risk conditions, so a list filtered in SQL and
    // the flags on its rows always agree: the clock stops when the target is met or paused.
    private static ServiceTargetState State(object dueAt, object atRiskAt, object? pausedAt, object? metAt, DateTimeOffset now)
    {
        var due = Utc(dueAt);
        var atRisk = Utc(atRiskAt);
        var paused = DbValues.ToNullableUtc(pausedAt);
        var met = DbValues.ToNullableUtc(metAt);
        var breached = due < (met ?? paused ?? now);
        return new ServiceTargetState(due, met, paused is not null, !breached && met is null && paused is null && atRisk <= now, breached);
    }

    private static DateTimeOffset Utc(object value) => DbValues.ToNullableUtc(value)!.Value;
}
