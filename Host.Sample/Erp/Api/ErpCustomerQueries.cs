using Crm.Abstractions.Common;
using Dapper;

namespace Host.Sample.Erp.Api;

/// <summary>Reads the sample ERP's customers for its own API.</summary>
internal sealed class ErpCustomerQueries(ErpSqlDialect dialect)
{
    public async Task<Page<ErpCustomerSummary>> SearchAsync(string? search, PageRequest page, CancellationToken cancellationToken)
    {
        var filter = string.IsNullOrWhiteSpace(search)
            ? string.Empty
            : $"""
               WHERE {dialect.Fold("customer_no")} LIKE @pattern ESCAPE '\'
                  OR {dialect.Fold("name")} LIKE @pattern ESCAPE '\'
                  OR {dialect.Fold("city")} LIKE @pattern ESCAPE '\'
               """;
        var parameters = new
        {
            pattern = string.IsNullOrWhiteSpace(search) ? null : ErpSqlDialect.Pattern(search.Trim()),
            skip = page.Offset,
            take = page.PageSize,
        };
        await using var connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        var total = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            $"SELECT COUNT(*) FROM erp_customers {filter}", parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
        var rows = await connection.QueryAsync<ErpCustomerSummary>(new CommandDefinition(
            $"""
            SELECT customer_no AS {nameof(ErpCustomerSummary.Key)}, name AS {nameof(ErpCustomerSummary.Name)},
                   city AS {nameof(ErpCustomerSummary.City)}, country AS {nameof(ErpCustomerSummary.Country)},
                   currency AS {nameof(ErpCustomerSummary.Currency)}
            FROM erp_customers {filter}
            ORDER BY name, customer_no
            {dialect.Page}
            """,
            parameters,
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        return new Page<ErpCustomerSummary>([.. rows], page.Page, page.PageSize, total);
    }

    /// <exception cref="CrmNotFoundException">No customer has the key.</exception>
    public async Task<ErpCustomerDetails> GetAsync(string key, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QuerySingleOrDefaultAsync<CustomerRow>(new CommandDefinition(
            """
            SELECT customer_no AS CustomerNo, name AS Name, street AS Street, postal_code AS PostalCode, city AS City,
                   country AS Country, phone AS Phone, email AS Email, currency AS Currency, created_on AS CreatedOn
            FROM erp_customers
            WHERE customer_no = @key
            """,
            new { key },
            cancellationToken: cancellationToken)).ConfigureAwait(false)
            ?? throw new CrmNotFoundException("customer", key);
        return new ErpCustomerDetails(
            row.CustomerNo, row.Name, row.Street, row.PostalCode, row.City, row.Country, row.Phone, row.Email, row.Currency, ErpColumnValues.ToDate(row.CreatedOn));
    }

    // The date as the driver hands it over, converted by ErpColumnValues above.
    private sealed class CustomerRow
    {
        public string CustomerNo { get; set; } = string.Empty;

        public string Name { get; set; } = string.Empty;

        public string? Street { get; set; }

        public string? PostalCode { get; set; }

        public string? City { get; set; }

        public string? Country { get; set; }

        public string? Phone { get; set; }

        public string? Email { get; set; }

        public string Currency { get; set; } = string.Empty;

        public object CreatedOn { get; set; } = DBNull.Value;
    }
}
