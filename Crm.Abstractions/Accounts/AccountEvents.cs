using Crm.Abstractions.Extensibility;

namespace Crm.Abstractions.Accounts;

/// <summary>
/// An account got another owner in the CRM: assigned by hand, by the owner rules, or as its first
/// owner when an opportunity was opened for it. The ERP is not touched.
/// </summary>
/// <param name="AccountKey">The ERP customer key, as the CRM stores it.</param>
/// <param name="Owner">The owner now; null when the account was left without one.</param>
/// <param name="PreviousOwner">The owner before, if any.</param>
/// <param name="By">Who changed it.</param>
public sealed record AccountOwnerChanged(string AccountKey, string? Owner, string? PreviousOwner, string By) : CrmEvent;
