using System.Text.Json.Serialization;

namespace Crm.Abstractions.Sales;

/// <summary>What kind of record a duplicate candidate is.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DuplicateKind>))]
public enum DuplicateKind
{
    /// <summary>Another lead; <see cref="LeadDuplicate.Key"/> is its id.</summary>
    Lead,

    /// <summary>An ERP customer; <see cref="LeadDuplicate.Key"/> is its account key.</summary>
    ErpCustomer,
}

/// <summary>Which normalized key two records share.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<MatchKey>))]
public enum MatchKey
{
    /// <summary>The e-mail address, ignoring case and surrounding blanks.</summary>
    Email,

    /// <summary>The telephone number, digits only with country code (<c>+49 30 1234567</c> = <c>030 1234567</c> in Germany).</summary>
    Phone,

    /// <summary>The company name, ignoring case, punctuation, blanks and legal forms (GmbH, Ltd., 주식회사 …).</summary>
    Company,
}

/// <summary>A record that may describe the same customer as a lead.</summary>
/// <param name="Kind">Lead or ERP customer.</param>
/// <param name="Key">The lead's id or the customer's account key, as text.</param>
/// <param name="Name">Company or contact name of the candidate.</param>
/// <param name="Owner">The candidate lead's owner (null for ERP customers and unowned leads).</param>
/// <param name="MatchedOn">The keys both share, in the order e-mail, phone, company.</param>
public sealed record LeadDuplicate(DuplicateKind Kind, string Key, string? Name, string? Owner, IReadOnlyList<MatchKey> MatchedOn);

/// <summary>A lead just created and the records it may duplicate (for the caller to offer a merge or a link).</summary>
/// <param name="Lead">The lead as stored.</param>
/// <param name="Duplicates">Candidates among other leads and ERP customers; empty when none.</param>
public sealed record LeadCreation(Lead Lead, IReadOnlyList<LeadDuplicate> Duplicates);
