using Crm.Module.Data.Dialects;

namespace Crm.Module.Activities;

/// <summary>The SQL of activities, composed once per dialect.</summary>
internal sealed class ActivitySql(ISqlDialect dialect)
{
    public string Insert { get; } = dialect.InsertReturningId(
        "crm_activities",
        "type, subject, notes, account_key, inquiry_number, lead_id, opportunity_id, due_at, duration_minutes, reminder_at, assignee, status, outcome, previous_id, created_at, created_by, completed_at, updated_at, updated_by, version",
        "@Type, @Subject, @Notes, @AccountKey, @InquiryNumber, @LeadId, @OpportunityId, @DueAt, @DurationMinutes, @ReminderAt, @Assignee, @Status, @Outcome, @PreviousId, @CreatedAt, @CreatedBy, @CompletedAt, @UpdatedAt, @UpdatedBy, @Version",
        "id");

    public static string ById => $"SELECT {ActivityRow.Columns} FROM crm_activities WHERE id = @id";

    public static string InquiryAccount => "SELECT account_key FROM crm_inquiries WHERE number = @number";

    public static string LeadOwner => "SELECT account_key AS AccountKey, owner_user_name AS Owner, merged_into_id AS MergedInto FROM crm_leads WHERE id = @id";

    public static string OpportunityOwner => "SELECT account_key AS AccountKey, owner AS Owner, NULL AS MergedInto FROM crm_opportunities WHERE id = @id";

    /// <summary>Closes the activity when the stored version is still the one read.</summary>
    public static string Close =>
        """
        UPDATE crm_activities SET status = @Status, outcome = @Outcome, completed_at = @CompletedAt,
            updated_at = @UpdatedAt, updated_by = @UpdatedBy, version = @Version
        WHERE id = @Id AND version = @ExpectedVersion
        """;

    /// <summary>Replaces the editable fields when the stored version is still the one read.</summary>
    public static string Edit =>
        """
        UPDATE crm_activities SET subject = @Subject, notes = @Notes, due_at = @DueAt, duration_minutes = @DurationMinutes,
            reminder_at = @ReminderAt, updated_at = @UpdatedAt, updated_by = @UpdatedBy, version = @Version
        WHERE id = @Id AND version = @ExpectedVersion
        """;

    /// <summary>Gives the activity to <c>@Assignee</c> when the stored version is still the one read.</summary>
    public static string Reassign =>
        """
        UPDATE crm_activities SET assignee = @Assignee, updated_at = @UpdatedAt, updated_by = @UpdatedBy, version = @Version
        WHERE id = @Id AND version = @ExpectedVersion
        """;

    // Open work, soonest due first; activities without a deadline after those with one.
    // The conditions narrow it further (custom field filters on a.id).
    public string MyWork(IReadOnlyList<string> conditions)
    {
        var where = string.Concat(conditions.Select(c => " AND " + c));
        return $"""
            SELECT COUNT(*) FROM crm_activities a WHERE a.assignee = @me AND a.status = 'Open'{where};
            SELECT {ActivityRow.Columns} FROM crm_activities a WHERE a.assignee = @me AND a.status = 'Open'{where}
            ORDER BY CASE WHEN due_at IS NULL THEN 1 ELSE 0 END, due_at, id {dialect.Paging};
            """;
    }
}
