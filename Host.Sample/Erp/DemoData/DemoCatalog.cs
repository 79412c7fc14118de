namespace Host.Sample.Erp.DemoData;

/// <summary>The demo company's catalogue: a coffee equipment and supplies wholesaler.</summary>
internal static class DemoCatalog
{
    public static IReadOnlyList<DemoProduct> Products { get; } =
    [
        new("P1001", "Espresso machine Barista Pro 2", 2490.00m, 1610.00m, ProductKind.Machine),
        new("P1002", "Espresso machine Barista Compact", 1290.00m, 830.00m, ProductKind.Machine),
        new("P1003", "Bean-to-cup machine Office 500", 1890.00m, 1240.00m, ProductKind.Machine),
        new("P1004", "Bean-to-cup machine Office 900", 3290.00m, 2150.00m, ProductKind.Machine),
        new("P1005", "Filter coffee brewer Batch 2 l", 649.00m, 410.00m, ProductKind.Machine),
        new("P1006", "Coffee grinder Precision 64", 789.00m, 495.00m, ProductKind.Machine),
        new("P1007", "Coffee grinder Home 40", 249.00m, 150.00m, ProductKind.Machine),
        new("P1008", "Milk cooler 4 l", 389.00m, 240.00m, ProductKind.Machine),
        new("P1009", "Water filter system AquaPure", 219.00m, 128.00m, ProductKind.Machine),
        new("P1010", "Coffee beans Crema 1 kg", 18.90m, 10.40m, ProductKind.Consumable),
        new("P1011", "Coffee beans Espresso Classico 1 kg", 21.50m, 11.90m, ProductKind.Consumable),
        new("P1012", "Coffee beans Single Origin Ethiopia 1 kg", 29.90m, 16.80m, ProductKind.Consumable),
        new("P1013", "Coffee beans Decaf 1 kg", 23.40m, 13.10m, ProductKind.Consumable),
        new("P1014", "Ground filter coffee 500 g", 7.95m, 4.10m, ProductKind.Consumable),
        new("P1015", "Organic coffee beans Fairtrade 1 kg", 26.90m, 15.30m, ProductKind.Consumable),
        new("P1016", "Hot chocolate powder 1 kg", 12.80m, 6.90m, ProductKind.Consumable),
        new("P1017", "Chai latte powder 1 kg", 16.50m, 8.70m, ProductKind.Consumable),
        new("P1018", "Milk powder topping 1 kg", 11.20m, 5.60m, ProductKind.Consumable),
        new("P1019", "Green tea Sencha 250 g", 9.80m, 4.90m, ProductKind.Consumable),
        new("P1020", "Earl Grey tea, 100 bags", 8.40m, 4.20m, ProductKind.Consumable),
        new("P1021", "Paper cups 200 ml, 1000 pcs", 39.00m, 22.00m, ProductKind.Accessory),
        new("P1022", "Paper cups 300 ml, 1000 pcs", 46.00m, 26.50m, ProductKind.Accessory),
        new("P1023", "Cup lids, 1000 pcs", 24.50m, 13.00m, ProductKind.Accessory),
        new("P1024", "Wooden stirrers, 1000 pcs", 6.90m, 3.10m, ProductKind.Accessory),
        new("P1025", "Sugar sticks, 1000 pcs", 14.90m, 8.20m, ProductKind.Accessory),
        new("P1026", "Descaler 1 l", 14.50m, 6.80m, ProductKind.Accessory),
        new("P1027", "Cleaning tablets, 100 pcs", 19.90m, 9.40m, ProductKind.Accessory),
        new("P1028", "Milk system cleaner 1 l", 13.70m, 6.50m, ProductKind.Accessory),
        new("P1029", "Water filter cartridge", 34.90m, 18.70m, ProductKind.Accessory),
        new("P1030", "Barista tamper 58 mm", 49.00m, 24.00m, ProductKind.Accessory),
        new("P1031", "Milk pitcher 600 ml", 22.00m, 10.50m, ProductKind.Accessory),
        new("P1032", "Espresso cups, set of 6", 29.00m, 14.00m, ProductKind.Accessory),
        new("P1033", "Cappuccino cups, set of 6", 34.00m, 16.50m, ProductKind.Accessory),
        new("P1034", "Knock box", 27.50m, 13.20m, ProductKind.Accessory),
        new("P1035", "Syrup vanilla 700 ml", 8.90m, 4.30m, ProductKind.Accessory),
        new("P1036", "Syrup caramel 700 ml", 8.90m, 4.30m, ProductKind.Accessory),
        new("P1037", "Barista training, per person", 149.00m, 80.00m, ProductKind.Single),
        new("P1038", "Technician hour", 95.00m, 58.00m, ProductKind.Hours),
        new("P1039", "Annual maintenance package", 490.00m, 260.00m, ProductKind.Single),
        new("P1040", "Travel allowance", 45.00m, 30.00m, ProductKind.Single),
    ];

    /// <summary>What customers reorder regularly; machines and services are bought now and then.</summary>
    public static IReadOnlyList<DemoProduct> Supplies { get; } =
        [.. Products.Where(product => product.Kind is ProductKind.Consumable or ProductKind.Accessory)];

    public static DemoProduct TechnicianHour => Find("P1038");

    public static DemoProduct TravelAllowance => Find("P1040");

    private static DemoProduct Find(string productNo) => Products.Single(product => product.ProductNo == productNo);
}
