using Crm.Abstractions.Erp;

namespace ErpCrm.MedicalDevices.Consumables;

/// <summary>One account's consumable purchases, gathered from its sale lines (oldest first).</summary>
internal sealed class AccountPurchases(string accountKey)
{
    private readonly SortedSet<DateOnly> _orderDates = [];
    private readonly SortedSet<string> _lastProducts = new(StringComparer.Ordinal);

    public string AccountKey { get; } = accountKey;

    public string AccountName { get; private set; } = accountKey;

    public string? Owner { get; private set; }

    public IReadOnlyList<DateOnly> OrderDates => [.. _orderDates];

    public DateOnly LastOrder => _orderDates.Max;

    /// <summary>The products of the last order date.</summary>
    public IReadOnlyCollection<string> LastProducts => _lastProducts;

    public void Add(ErpSaleLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        AccountName = line.AccountName;
        Owner = line.AccountOwner;
        if (_orderDates.Count > 0 && line.OrderDate > _orderDates.Max)
        {
            _lastProducts.Clear();
        }

        if (_orderDates.Count == 0 || line.OrderDate >= _orderDates.Max)
        {
            _lastProducts.Add(line.ProductKey);
        }

        _orderDates.Add(line.OrderDate);
    }
}
