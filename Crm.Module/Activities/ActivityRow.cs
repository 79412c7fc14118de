using Crm.Abstractions.Activities;
using Crm.Module.Data;

namespace Crm.Module.Activities;

// An activity as stored in crm_activities; timestamps are object because SQLite hands them back as text.
internal sealed class ActivityRow
{
    public const string Columns =
        "id AS Id, type AS Type, subject AS Subject, notes AS Notes, account_key AS AccountKey, inquiry_number AS InquiryNumber, " +
        "lead_id AS LeadId, opportunity_id AS OpportunityId, " +
        "due_at AS DueAt, duration_minutes AS DurationMinutes, reminder_at AS ReminderAt, assignee AS Assignee, status AS Status, outcome AS Outcome, " +
        "previous_id AS PreviousId, created_at AS CreatedAt, created_by AS CreatedBy, completed_at AS CompletedAt, " +
        "updated_at AS UpdatedAt, updated_by AS UpdatedBy, version AS Version";

    public long Id { get; set; }

    public string Type { get; set; } = string.Empty;

    public string Subject { get; set; } = string.Empty;

    public string? Notes { get; set; }

    public string? AccountKey { get; set; }

    public string? InquiryNumber { get; set; }

    public long? LeadId { get; set; }

    public long? OpportunityId { get; set; }

    public object? DueAt { get; set; }

    public int? DurationMinutes { get; set; }

    public object? ReminderAt { get; set; }

    public string Assignee { get; set; } = string.Empty;

    public string Status { get; set; } = string.Empty;

    public string? Outcome { get; set; }

    public long? PreviousId { get; set; }

    public object CreatedAt { get; set; } = string.Empty;

    public string CreatedBy { get; set; } = string.Empty;

    public object? CompletedAt { get; set; }

    public object UpdatedAt { get; set; } = string.Empty;

    public string UpdatedBy { get; set; } = string.Empty;

    public int Version { get; set; }

    /// <summary>A new open activity, planned by <paramref name="by"/> at <paramref name="now"/>.</summary>
    public static ActivityRow Open(string type, string subject, string? notes, ActivityRegarding regarding, DateTimeOffset? dueAt, int? duration, string assignee, long? previousId, string by, DateTimeOffset now) => new()
    {
        Type = type,
        Subject = subject,
        Notes = notes,
        AccountKey = regarding.AccountKey,
        InquiryNumber = regarding.InquiryNumber,
        LeadId = regarding.LeadId,
        OpportunityId = regarding.OpportunityId,
        DueAt = dueAt is { } due ? DbValues.ToUtcParameter(due) : null,
        DurationMinutes = duration,
        Assignee = assignee,
        Status = nameof(ActivityStatus.Open),
        PreviousId = previousId,
        CreatedAt = DbValues.ToUtcParameter(now),
        CreatedBy = by,
        UpdatedAt = DbValues.ToUtcParameter(now),
        UpdatedBy = by,
        Version = 1,
    };

    /// <summary>What the activity regards, to carry over to the activity its completion plans.</summary>
    public ActivityRegarding Regarding => new(AccountKey, InquiryNumber, LeadId, OpportunityId);

    public Activity ToActivity() => new(
        Id,
        Type,
        Subject,
        Notes,
        AccountKey,
        InquiryNumber,
        LeadId,
        OpportunityId,
        DbValues.ToNullableUtc(DueAt),
        DurationMinutes,
        DbValues.ToNullableUtc(ReminderAt),
        Assignee,
        Enum.Parse<ActivityStatus>(Status),
        Outcome,
        PreviousId,
        DbValues.ToNullableUtc(CreatedAt)!.Value,
        CreatedBy,
        DbValues.ToNullableUtc(CompletedAt),
        Version);
}
