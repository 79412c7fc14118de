namespace Crm.Abstractions.Sales;

/// <summary>What a sales rep is expected to sell in one month and currency; the forecast shows it beside pipeline and actual orders.</summary>
/// <param name="Owner">User name of the rep.</param>
/// <param name="Month">The month, as <c>yyyy-MM</c>.</param>
/// <param name="Currency">ISO 4217 currency code.</param>
/// <param name="Amount">The target order revenue.</param>
/// <param name="Version">Optimistic-concurrency version; pass it back to change the target.</param>
/// <param name="UpdatedAt">When it was last set.</param>
/// <param name="UpdatedBy">Who last set it.</param>
public sealed record SalesTarget(string Owner, string Month, string Currency, decimal Amount, int Version, DateTimeOffset UpdatedAt, string UpdatedBy);
