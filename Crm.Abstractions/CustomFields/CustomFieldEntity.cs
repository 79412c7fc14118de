namespace Crm.Abstractions.CustomFields;

/// <summary>The kinds of record a custom field can be added to.</summary>
/// <remarks>
/// The record's key, wherever a custom field API asks for one, is its usual key as text: the ERP
/// customer key for <see cref="Account"/>, the inquiry number (<c>INQ-2026-000123</c>) for
/// <see cref="Inquiry"/>, and the numeric id for leads, opportunities and activities.
/// In HTTP routes the entity is written in the plural and lower case: <c>accounts</c>,
/// <c>leads</c>, <c>opportunities</c>, <c>inquiries</c>, <c>activities</c>.
/// </remarks>
public enum CustomFieldEntity
{
    /// <summary>An ERP customer as the CRM sees it (the values live in the add-on's tables, never in the ERP's).</summary>
    Account,

    /// <summary>A lead.</summary>
    Lead,

    /// <summary>An opportunity.</summary>
    Opportunity,

    /// <summary>A customer inquiry.</summary>
    Inquiry,

    /// <summary>A call, meeting, task or other activity.</summary>
    Activity,
}
