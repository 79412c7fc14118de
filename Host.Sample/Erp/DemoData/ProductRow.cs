namespace Host.Sample.Erp.DemoData;

/// <summary>One row of <c>erp_products</c>; prices are the list prices in EUR.</summary>
internal sealed record ProductRow(string ProductNo, string Name, decimal UnitPrice, decimal UnitCost);
