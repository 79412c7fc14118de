using System.Text.RegularExpressions;
using Crm.Abstractions.Erp;
using ErpCrm.Automotive.Vehicles;

namespace ErpCrm.Automotive.Sales;

/// <summary>One vehicle the ERP sold: an order line of a vehicle product, with the VIN if the line names one.</summary>
/// <param name="Line">The ERP order line.</param>
/// <param name="Vin">The VIN found in the line's description, if any.</param>
internal sealed partial record VehicleSale(ErpSaleLine Line, string? Vin)
{
    /// <summary>What the car is, for people: the line's description without the VIN, else the product key.</summary>
    public string Model
    {
        get
        {
            var description = Line.Description ?? string.Empty;
            if (Vin is not null)
            {
                var at = description.ToUpperInvariant().IndexOf(Vin, StringComparison.Ordinal);
                description = at < 0 ? description : description.Remove(at, Vin.Length);
                description = VinWord().Replace(description, string.Empty);
            }

            description = description.Trim().TrimEnd(',', ';', ':', '-', '/').Trim();
            return description.Length == 0 ? Line.ProductKey : description;
        }
    }

    public static VehicleSale Of(ErpSaleLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return new VehicleSale(line, Vehicles.Vin.FindIn(line.Description));
    }

    // The word "VIN" (with a colon) that introduced the number, not the letters inside another word.
    [GeneratedRegex(@"\bVIN\b\s*:?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex VinWord();
}
