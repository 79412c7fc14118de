using Crm.Abstractions.Screens;
using Crm.Module.Screens.Definitions;

namespace Crm.Module.Audit;

/// <summary>
/// A "Change history" section at the end of the lead, opportunity and inquiry cards: the record's
/// audit entries (when, who, what, which values), read from <c>/api/crm/audit</c>, which applies
/// the record's own read rules.
/// </summary>
internal sealed class AuditScreenExtensions : IScreenExtensionSource
{
    public const string SectionId = "crm.auditHistory";

    private const string Key = "screens.audit.";

    private static readonly (string ScreenId, string Entity)[] Cards =
    [
        (LeadCardScreen.Id, AuditedRecord.Lead),
        (OpportunityCardScreen.Id, AuditedRecord.Opportunity),
        (InquiryCardScreen.Id, AuditedRecord.Inquiry),
    ];

    public string Name => "crm.audit";

    public IEnumerable<ScreenExtension> Extensions { get; } = [.. Cards.Select(card => History(card.ScreenId, card.Entity))];

    private static ScreenExtension History(string screenId, string entity) => new(
        "crm.audit." + screenId,
        screenId,
        ScreenAnchor.End,
        Sections:
        [
            new ScreenSection(
                SectionId,
                Key + "history",
                [
                    new("auditAt", Key + "at", FieldType.DateTime, "occurredAt"),
                    new("auditBy", Key + "by", FieldType.Text, "userName"),
                    new("auditAction", Key + "action", FieldType.Text, "action"),
                    new("auditChanges", Key + "changes", FieldType.Text, "summary"),
                ],
                RowsPath: "entries",
                DataRoute: $"/api/crm/audit?entity={entity}&key={{key}}&limit={AuditLog.MaxLimit}"),
        ]);
}
