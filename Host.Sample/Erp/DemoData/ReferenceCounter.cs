using System.Globalization;

namespace Host.Sample.Erp.DemoData;

/// <summary>Hands out one customer's order references in its own <see cref="ReferenceStyle"/>.</summary>
internal sealed class ReferenceCounter(ReferenceStyle style, int firstPurchaseOrder)
{
    private int _purchaseOrder = firstPurchaseOrder;
    private int _year;
    private int _numberInYear;

    public string? Next(DateOnly orderDate)
    {
        switch (style)
        {
            case ReferenceStyle.PurchaseOrder:
                return string.Create(CultureInfo.InvariantCulture, $"PO-{_purchaseOrder++}");
            case ReferenceStyle.Dated:
                if (orderDate.Year != _year)
                {
                    _year = orderDate.Year;
                    _numberInYear = 0;
                }

                return string.Create(CultureInfo.InvariantCulture, $"{_year}/{++_numberInYear:D3}");
            default:
                return null;
        }
    }
}
