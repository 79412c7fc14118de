using System.Data.Common;
using Crm.Abstractions.Common;
using Crm.Abstractions.Erp;
using Dapper;

namespace Host.Sample.Erp;

/// <summary>
/// The sample ERP creates customers on request, at once and without approval: the next free
/// number <c>C…</c>, the request key stored with the customer so that a retried request returns
/// the customer made the first time. Two hosts numbering at once collide on the primary key; the
/// loser numbers again.
/// </summary>
public sealed class SampleCustomerProvisioning(IErpDatabase database, TimeProvider clock) : IErpCustomerProvisioning
{
    private const int Attempts = 5;

    public async Task<ErpCustomerRequest> CreateCustomerAsync(NewErpCustomer customer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(customer);
        Validate(customer);
        var number = database.Engine == DatabaseEngine.SqlServer ? "SUBSTRING(customer_no, 2, 19)" : "SUBSTR(customer_no, 2)";
        var nextNumber = $"SELECT COALESCE(MAX(CAST({number} AS BIGINT)), 10000) + 1 FROM erp_customers WHERE customer_no LIKE 'C%'";
        await using var connection = database.CreateConnection();
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        for (var attempt = 1; ; attempt++)
        {
            var existing = await connection.ExecuteScalarAsync<string?>(new CommandDefinition(
                "SELECT customer_no FROM erp_customers WHERE crm_request_key = @key", new { key = customer.RequestKey }, cancellationToken: cancellationToken)).ConfigureAwait(false);
            if (existing is not null)
            {
                return ErpCustomerRequest.Created(existing);
            }

            var key = "C" + await connection.ExecuteScalarAsync<long>(new CommandDefinition(nextNumber, cancellationToken: cancellationToken)).ConfigureAwait(false);
            try
            {
                await connection.ExecuteAsync(new CommandDefinition(
                    """
                    INSERT INTO erp_customers (customer_no, name, email, phone, street, postal_code, city, country, currency, created_on, crm_request_key)
                    VALUES (@key, @Name, @Email, @Phone, @Street, @PostalCode, @City, @Country, @currency, @today, @RequestKey)
                    """,
                    new
                    {
                        key,
                        customer.Name,
                        customer.Email,
                        customer.Phone,
                        customer.Street,
                        customer.PostalCode,
                        customer.City,
                        Country = customer.Country?.ToUpperInvariant(),
                        currency = customer.Currency?.ToUpperInvariant() ?? "EUR",
                        today = clock.GetUtcNow().UtcDateTime.Date,
                        customer.RequestKey,
                    },
                    cancellationToken: cancellationToken)).ConfigureAwait(false);
                return ErpCustomerRequest.Created(key);
            }
            catch (DbException) when (attempt < Attempts)
            {
                // Another host took the number (or the same request key): look again.
            }
        }
    }

    // The sample ERP's own column limits, reported by field like the add-on's errors.
    private static void Validate(NewErpCustomer customer)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        void Check(string field, string? value, int maxLength, bool required = false)
        {
            if (required && string.IsNullOrWhiteSpace(value))
            {
                errors[field] = ["Is required."];
            }
            else if (value?.Length > maxLength)
            {
                errors[field] = [$"At most {maxLength} characters."];
            }
        }

        Check("requestKey", customer.RequestKey, 60, required: true);
        Check("name", customer.Name, 200, required: true);
        Check("email", customer.Email, 200);
        Check("phone", customer.Phone, 50);
        Check("street", customer.Street, 200);
        Check("postalCode", customer.PostalCode, 20);
        Check("city", customer.City, 100);
        if (customer.Country is { Length: not 2 })
        {
            errors["country"] = ["Must be an ISO 3166 two-letter code."];
        }

        if (customer.Currency is { Length: not 3 })
        {
            errors["currency"] = ["Must be an ISO 4217 three-letter code."];
        }

        if (errors.Count > 0)
        {
            throw new CrmValidationException(errors);
        }
    }
}
