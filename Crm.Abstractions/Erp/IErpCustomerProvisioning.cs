namespace Crm.Abstractions.Erp;

/// <summary>
/// A host service that creates a customer in the ERP. The add-on never writes ERP tables: when a
/// prospect won in the CRM must become an ERP customer, it asks the host through this interface.
/// Optional: a host without it leaves prospects unlinked until someone links an existing customer.
/// </summary>
public interface IErpCustomerProvisioning
{
    /// <summary>
    /// Creates the customer, or finds the one created earlier for the same
    /// <see cref="NewErpCustomer.RequestKey"/> (the add-on may retry after a failure), and returns
    /// its key. An ERP that needs an approval first returns <see cref="ErpCustomerRequest.Pending"/>
    /// and links the prospect later through the add-on's API.
    /// </summary>
    /// <exception cref="Common.CrmValidationException">The ERP refuses a field (the exception names it).</exception>
    Task<ErpCustomerRequest> CreateCustomerAsync(NewErpCustomer customer, CancellationToken cancellationToken);
}

/// <summary>What the add-on knows of a prospect that should become an ERP customer.</summary>
/// <param name="RequestKey">Stable for one prospect (<c>crm-prospect:42</c>): the same request twice must create one customer.</param>
/// <param name="Name">Company name.</param>
/// <param name="Email">E-mail address, if known.</param>
/// <param name="Phone">Phone number as entered.</param>
/// <param name="Street">Street and number.</param>
/// <param name="PostalCode">Postal code.</param>
/// <param name="City">City.</param>
/// <param name="Country">ISO 3166 two-letter country code.</param>
/// <param name="Currency">ISO 4217 currency the customer is invoiced in, if known.</param>
/// <param name="RequestedBy">User name of who asked for it.</param>
public sealed record NewErpCustomer(
    string RequestKey,
    string Name,
    string? Email,
    string? Phone,
    string? Street,
    string? PostalCode,
    string? City,
    string? Country,
    string? Currency,
    string RequestedBy);

/// <summary>The ERP's answer: the new customer's key, or a pending request.</summary>
/// <param name="AccountKey">The customer's key, once it exists.</param>
/// <param name="PendingReference">The ERP's reference of a request that awaits approval.</param>
public sealed record ErpCustomerRequest(string? AccountKey, string? PendingReference)
{
    /// <summary>The customer exists with <paramref name="accountKey"/>.</summary>
    public static ErpCustomerRequest Created(string accountKey) => new(accountKey, null);

    /// <summary>The ERP accepted the request and creates the customer later.</summary>
    public static ErpCustomerRequest Pending(string reference) => new(null, reference);
}
