namespace Host.Sample.Erp.DemoData;

/// <summary>A city with one of its postal codes and its telephone area code (without trunk prefix).</summary>
internal sealed record RegionCity(string Name, string PostalCode, string AreaCode);
