namespace Crm.Testing.Erp.Quirky;

/// <summary>The quirky ERP's few rows; dates are offsets from today.</summary>
internal static class QuirkyErpSample
{
    public static QuirkyErpData Create(DateOnly today)
    {
        DateTime Day(int offset) => today.AddDays(offset).ToDateTime(TimeOnly.MinValue);

        QuirkyCustomer[] customers =
        [
            new("AB", "Autohaus Brandt GmbH", "service@autohaus-brandt.de"),
            new("K1", "김앤파트너 법률사무소", "contact@kimpartners.co.kr"),
            new("X", "Xaver Huber e.K.", null),
            new("1234", "Bäckerei Sonnenschein", "info@sonnenschein-backt.de"),
            new("ZZ9", "Zeta Logistics Ltd", "ops@zeta-logistics.co.uk"),
            new("a b", "Alpha & Beta OHG", "kontakt@alpha-beta.de"),
            new("12345", "Fünfstellig GmbH", "post@fuenfstellig.de"),
        ];
        QuirkyOrder[] orders =
        [
            new(1001, "AB", Day(-90), 1250.00m, "EUR"),
            new(1002, "AB", Day(-30), 480.50m, "EUR"),
            new(1003, "K1", Day(-60), 1500000m, "KRW"),
            new(1004, "1234", Day(-45), 89.90m, "EUR"),
            new(1005, "ZZ9", Day(-20), 2300.00m, "GBP"),
            new(1006, "12345", Day(-10), 999.99m, "EUR"),
            new(1007, "X", Day(-5), 150.00m, "EUR"),
            new(1008, "a b", Day(-2), 75.25m, "EUR"),
        ];
        QuirkyInvoice[] invoices =
        [
            new("RE-2001", "AB", 1001, Day(-85), Day(-55), 1250.00m, 1250.00m),
            new("RE-2002", "AB", 1002, Day(-28), Day(2), 480.50m, 0m),
            new("RE-2003", "K1", 1003, Day(-58), Day(-28), 1500000m, 500000m),
            new("RE-2004", "1234", 1004, Day(-44), Day(-30), 89.90m, 0m),
            new("RE-2005", "ZZ9", 1005, Day(-18), Day(12), 2300.00m, 2300.00m),
            new("RE 2006", "X", null, Day(-40), Day(-10), 60.00m, 0m),
            new("RE/2007", "12345", 1006, Day(-8), Day(22), 999.99m, 0m),
        ];
        return new QuirkyErpData(today, customers, orders, invoices);
    }
}
