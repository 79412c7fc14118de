namespace Host.Sample.Erp.DemoData;

/// <summary>A customer's name and address as one of the regional name lists builds it.</summary>
internal sealed record DemoContact(string Name, string Email, string Phone, string Street, string PostalCode, string City);
