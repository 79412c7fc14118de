namespace Crm.Module.Inquiries;

// An inquiry as stored in crm_inquiries. Timestamps are object because SQLite hands them back as
// text; enums are stored by name so the table reads well and survives reordering.
internal sealed class InquiryRow
{
    public const string Columns =
        "id AS Id, number AS Number, account_key AS AccountKey, subject AS Subject, body AS Body, channel AS Channel, " +
        "contact_name AS ContactName, order_key AS OrderKey, invoice_key AS InvoiceKey, category AS Category, " +
        "priority AS Priority, status AS Status, team AS Team, assignee AS Assignee, due_date AS DueDate, " +
        "fr_target_seconds AS FrTargetSeconds, fr_due_at AS FrDueAt, fr_at_risk_at AS FrAtRiskAt, fr_paused_at AS FrPausedAt, fr_met_at AS FrMetAt, " +
        "res_target_seconds AS ResTargetSeconds, res_due_at AS ResDueAt, res_at_risk_at AS ResAtRiskAt, res_paused_at AS ResPausedAt, res_met_at AS ResMetAt, " +
        "resolution_note AS ResolutionNote, created_at AS CreatedAt, created_by AS CreatedBy, updated_at AS UpdatedAt, " +
        "updated_by AS UpdatedBy, version AS Version";

    public long Id { get; set; }

    public string Number { get; set; } = string.Empty;

    public string AccountKey { get; set; } = string.Empty;

    public string Subject { get; set; } = string.Empty;

    public string? Body { get; set; }

    public string Channel { get; set; } = string.Empty;

    public string? ContactName { get; set; }

    public string? OrderKey { get; set; }

    public string? InvoiceKey { get; set; }

    public string Category { get; set; } = string.Empty;

    public string Priority { get; set; } = string.Empty;

    public string Status { get; set; } = string.Empty;

    public string? Team { get; set; }

    public string? Assignee { get; set; }

    public object? DueDate { get; set; }

    public long FrTargetSeconds { get; set; }

    public object FrDueAt { get; set; } = string.Empty;

    public object FrAtRiskAt { get; set; } = string.Empty;

    public object? FrPausedAt { get; set; }

    public object? FrMetAt { get; set; }

    public long ResTargetSeconds { get; set; }

    public object ResDueAt { get; set; } = string.Empty;

    public object ResAtRiskAt { get; set; } = string.Empty;

    public object? ResPausedAt { get; set; }

    public object? ResMetAt { get; set; }

    public string? ResolutionNote { get; set; }

    public object CreatedAt { get; set; } = string.Empty;

    public string CreatedBy { get; set; } = string.Empty;

    public object UpdatedAt { get; set; } = string.Empty;

    public string UpdatedBy { get; set; } = string.Empty;

    public int Version { get; set; }
}
