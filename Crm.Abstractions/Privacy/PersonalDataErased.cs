using Crm.Abstractions.CustomFields;
using Crm.Abstractions.Extensibility;

namespace Crm.Abstractions.Privacy;

/// <summary>
/// The personal data of one CRM record was erased on request or by a retention rule: names,
/// e-mail addresses, phone numbers and free text of the record, its custom field values and its
/// audit entries were overwritten in the same transaction. What is not personal (amounts, stages,
/// statuses, dates, categories, the ERP customer key) is kept, so reports and forecasts still add up.
/// </summary>
/// <remarks>
/// Plugins that keep personal data of their own about CRM records (in their prefixed tables)
/// handle this event with an <see cref="ICrmEventHandler{TEvent}"/> and erase theirs; it is
/// delivered after the erasure committed, at least once, so the handler must be idempotent.
/// The ERP's tables are never touched: data the ERP holds is the ERP's to erase.
/// </remarks>
/// <param name="Entity">The kind of record.</param>
/// <param name="Key">The record's key, as <see cref="CustomFieldEntity"/> describes it (a lead's id as text, an inquiry's number).</param>
/// <param name="Reason">Why: <c>request</c> for an erasure a user asked for, or the code of the retention rule that erased it.</param>
/// <param name="By">Who asked for it, or <c>system</c> for a retention job.</param>
public sealed record PersonalDataErased(CustomFieldEntity Entity, string Key, string Reason, string By) : CrmEvent;
