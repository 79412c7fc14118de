namespace Crm.Abstractions.Accounts;

/// <summary>Who in sales owns an ERP account. Kept by the CRM; the ERP is not touched.</summary>
/// <param name="AccountKey">The ERP customer key.</param>
/// <param name="OwnerUserName">The owning user, or null when nobody owns the account yet.</param>
/// <param name="Version">Optimistic-concurrency version: 0 before the first assignment; pass it back when changing the owner.</param>
/// <param name="UpdatedAt">When the owner was last set (UTC), if ever.</param>
/// <param name="UpdatedBy">Who last set the owner, if anyone.</param>
public sealed record AccountAssignment(string AccountKey, string? OwnerUserName, int Version, DateTimeOffset? UpdatedAt, string? UpdatedBy);
