namespace Crm.Abstractions.Sales;

/// <summary>
/// The contact data of a lead, for creating one, updating one (every field is replaced) or checking
/// for duplicates. A lead needs a company or a contact name, and an e-mail address or a phone number.
/// </summary>
/// <param name="Company">Company name, at most 200 characters.</param>
/// <param name="ContactName">The person, at most 200 characters.</param>
/// <param name="Email">E-mail address, at most 254 characters; international domain names are accepted.</param>
/// <param name="Phone">Telephone number in any common notation, at most 50 characters.</param>
/// <param name="Country">ISO 3166-1 alpha-2 code (<c>DE</c>, <c>KR</c>); needed to compare national phone numbers.</param>
/// <param name="PostalCode">Postal code, at most 20 characters.</param>
/// <param name="City">City, at most 100 characters.</param>
/// <param name="Source">Source code, 2 to 30 letters, digits or dashes; <c>api</c> when not given.</param>
/// <param name="Notes">Free notes, at most 4000 characters.</param>
public sealed record LeadInput(
    string? Company = null,
    string? ContactName = null,
    string? Email = null,
    string? Phone = null,
    string? Country = null,
    string? PostalCode = null,
    string? City = null,
    string? Source = null,
    string? Notes = null);
