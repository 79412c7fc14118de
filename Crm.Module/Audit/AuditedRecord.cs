using System.Globalization;
using Crm.Abstractions.CustomFields;

namespace Crm.Module.Audit;

/// <summary>
/// A record the audit log follows: its kind as the log names it (<see cref="Entities"/>) and its
/// key as text (a lead's id, an inquiry's number, an account's ERP key, a sales target's
/// <c>owner/month/currency</c>).
/// </summary>
internal readonly record struct AuditedRecord(string Entity, string Key)
{
    public const string Lead = "lead";
    public const string Opportunity = "opportunity";
    public const string Inquiry = "inquiry";
    public const string Activity = "activity";
    public const string Account = "account";
    public const string SalesTarget = "sales-target";

    public static IReadOnlyList<string> Entities { get; } = [Lead, Opportunity, Inquiry, Activity, Account, SalesTarget];

    public static AuditedRecord Of(CustomFieldEntity entity, string key) => new(NameOf(entity), key);

    public static AuditedRecord OfLead(long id) => new(Lead, id.ToString(CultureInfo.InvariantCulture));

    public static AuditedRecord OfOpportunity(long id) => new(Opportunity, id.ToString(CultureInfo.InvariantCulture));

    // Month (yyyy-MM) and currency (three letters) hold no slash, so the key splits from the right
    // whatever the owner's name holds.
    public static AuditedRecord OfSalesTarget(string owner, string month, string currency) => new(SalesTarget, $"{owner}/{month}/{currency}");

    public static (string Owner, string Month, string Currency)? SalesTargetOf(string key)
    {
        var currencyAt = key.LastIndexOf('/');
        var monthAt = currencyAt > 0 ? key.LastIndexOf('/', currencyAt - 1) : -1;
        return monthAt > 0 ? (key[..monthAt], key[(monthAt + 1)..currencyAt], key[(currencyAt + 1)..]) : null;
    }

    /// <summary>The custom field entity of this kind of record, if it has custom fields.</summary>
    public CustomFieldEntity? FieldEntity => Entity switch
    {
        Lead => CustomFieldEntity.Lead,
        Opportunity => CustomFieldEntity.Opportunity,
        Inquiry => CustomFieldEntity.Inquiry,
        Activity => CustomFieldEntity.Activity,
        Account => CustomFieldEntity.Account,
        _ => null,
    };

    private static string NameOf(CustomFieldEntity entity) => entity switch
    {
        CustomFieldEntity.Lead => Lead,
        CustomFieldEntity.Opportunity => Opportunity,
        CustomFieldEntity.Inquiry => Inquiry,
        CustomFieldEntity.Activity => Activity,
        _ => Account,
    };
}
