namespace Crm.Module.Privacy;

/// <summary>
/// Everything the add-on holds about one subject, as exported: who it is about, when and by whom it
/// was exported, and the rows by kind, each row with the names <see cref="ExportColumns"/> gives.
/// </summary>
internal sealed record PersonalDataDocument(
    PersonalDataSubjectView Subject,
    DateTimeOffset ExportedAt,
    string ExportedBy,
    IReadOnlyList<Dictionary<string, object?>> Leads,
    IReadOnlyList<Dictionary<string, object?>> Prospects,
    IReadOnlyList<Dictionary<string, object?>> Inquiries,
    IReadOnlyList<Dictionary<string, object?>> Activities)
{
    /// <summary>Data the ERP holds (customers, orders, invoices) is not in this document: it is the ERP's to export.</summary>
    public string Scope { get; } = "Personal data held by the CRM add-on. Data in the ERP (customers, orders, invoices) is exported by the ERP.";
}

/// <summary>The subject as the export and the erasure report name it.</summary>
/// <param name="Kind"><c>lead</c> or <c>contact</c>.</param>
internal sealed record PersonalDataSubjectView(string Kind, long? LeadId, string? Email, string? Name)
{
    public static PersonalDataSubjectView Of(PrivacySubject subject) => subject switch
    {
        LeadSubject lead => new("lead", lead.LeadId, null, null),
        ContactSubject contact => new("contact", null, contact.Email, contact.Name),
        _ => throw new ArgumentException($"A subject of kind {subject.GetType().Name} is not known.", nameof(subject)),
    };
}
