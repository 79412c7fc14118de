using Crm.Abstractions.Common;

namespace Crm.Abstractions.Sales;

/// <summary>Which overdue accounts to list.</summary>
public sealed record ReorderDueQuery
{
    /// <summary>Creates a query.</summary>
    /// <param name="toleranceDays">Only accounts overdue by more than this many days (0 to 3650).</param>
    /// <param name="owner">Only accounts of this owner (user name); null for all.</param>
    /// <exception cref="CrmValidationException">A value is out of range (fields <c>toleranceDays</c>, <c>owner</c>).</exception>
    public ReorderDueQuery(int toleranceDays = 0, string? owner = null)
    {
        ToleranceDays = toleranceDays is >= 0 and <= 3650
            ? toleranceDays
            : throw new CrmValidationException("toleranceDays", "Must be a whole number from 0 to 3650.");
        Owner = string.IsNullOrWhiteSpace(owner) ? null
            : owner.Trim() is { Length: <= 100 } trimmed ? trimmed
            : throw new CrmValidationException("owner", "Must be at most 100 characters.");
    }

    /// <summary>Only accounts overdue by more than this many days.</summary>
    public int ToleranceDays { get; }

    /// <summary>Only accounts of this owner; null for all.</summary>
    public string? Owner { get; }
}
