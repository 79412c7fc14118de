namespace Crm.Module.Audit;

/// <summary>One audit entry as the API shows it. <paramref name="Redacted"/>: personal values were erased since.</summary>
internal sealed record AuditEntry(
    long Seq,
    DateTimeOffset OccurredAt,
    string UserName,
    string Action,
    string Entity,
    string Key,
    IReadOnlyList<AuditChange> Changes,
    bool Redacted,
    string Hash)
{
    /// <summary>The changes on one line (<c>city: München → Augsburg</c>), for screens that show a history as rows.</summary>
    public string Summary => string.Join("; ", Changes.Select(c => $"{c.Field}: {c.Old ?? "–"} → {c.New ?? "–"}"));
}

/// <summary>A page of entries in <c>seq</c> order; <paramref name="Next"/> is the <c>after</c> of the next page, null at the end.</summary>
internal sealed record AuditPage(IReadOnlyList<AuditEntry> Entries, long? Next);
