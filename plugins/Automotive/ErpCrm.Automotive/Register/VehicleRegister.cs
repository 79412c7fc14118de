using System.Data.Common;
using System.Globalization;
using Crm.Abstractions.Erp;
using Dapper;

namespace ErpCrm.Automotive.Register;

/// <summary>
/// Reads and writes <c>auto_vehicles</c> in the ERP database. Dates are written as
/// <see cref="DateTime"/> at midnight, which every engine's driver accepts for a date column, and
/// read back as whatever the driver returns (SQLite text, PostgreSQL DateOnly, SQL Server DateTime).
/// </summary>
internal sealed class VehicleRegister(IErpDatabase database)
{
    private const string Columns = "vin, account_key, model, fuel, first_registration, sold_on, order_key, opportunity_number, source";

    private const string SelectColumns = """
        SELECT vin AS Vin, account_key AS AccountKey, model AS Model, fuel AS Fuel, first_registration AS FirstRegistration,
               sold_on AS SoldOn, order_key AS OrderKey, opportunity_number AS OpportunityNumber, source AS Source
        FROM auto_vehicles
        """;

    public async Task<RegisteredVehicle?> FindAsync(string vin, CancellationToken cancellationToken)
    {
        var connection = database.CreateConnection();
        await using (connection.ConfigureAwait(false))
        {
            var row = await connection.QuerySingleOrDefaultAsync<VehicleRow>(new CommandDefinition(
                SelectColumns + " WHERE vin = @vin", new { vin }, cancellationToken: cancellationToken)).ConfigureAwait(false);
            return row?.ToVehicle();
        }
    }

    /// <summary>
    /// Records a sale. A car sold again (a trade-in resold) moves to its new buyer; a sale older than
    /// the one registered changes nothing, so replaying old ERP orders never takes a car back from
    /// its current owner. Details the new sale does not know (model, fuel, first registration) are kept,
    /// and so are the order and opportunity of the same buyer's sale (the CRM's won opportunity and
    /// the ERP's order are two records of one sale).
    /// </summary>
    /// <returns>Whether the register changed.</returns>
    public async Task<bool> RecordSaleAsync(RegisteredVehicle sale, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sale);
        var values = new
        {
            vin = sale.Vin,
            accountKey = sale.AccountKey,
            model = sale.Model,
            fuel = sale.Fuel,
            firstRegistration = sale.FirstRegistration?.ToDateTime(TimeOnly.MinValue),
            soldOn = sale.SoldOn.ToDateTime(TimeOnly.MinValue),
            orderKey = sale.OrderKey,
            opportunityNumber = sale.OpportunityNumber,
            source = sale.Source,
        };
        var connection = database.CreateConnection();
        await using (connection.ConfigureAwait(false))
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                var changed = await ExecuteAsync(connection, transaction, UpdateIfNotNewer, values, cancellationToken).ConfigureAwait(false)
                    + await ExecuteAsync(connection, transaction, InsertIfMissing, values, cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);

                // Two hosts inserting the same new VIN at once: one fails on the primary key and its
                // event or job run is retried, and then updates.
                return changed > 0;
            }
        }
    }

    private const string UpdateIfNotNewer = """
        UPDATE auto_vehicles SET
            account_key = @accountKey,
            model = COALESCE(@model, model),
            fuel = COALESCE(@fuel, fuel),
            first_registration = COALESCE(@firstRegistration, first_registration),
            sold_on = @soldOn,
            order_key = CASE WHEN account_key = @accountKey THEN COALESCE(@orderKey, order_key) ELSE @orderKey END,
            opportunity_number = CASE WHEN account_key = @accountKey THEN COALESCE(@opportunityNumber, opportunity_number) ELSE @opportunityNumber END,
            source = @source
        WHERE vin = @vin AND sold_on <= @soldOn
        """;

    private const string InsertIfMissing = $"""
        INSERT INTO auto_vehicles ({Columns})
        SELECT @vin, @accountKey, @model, @fuel, @firstRegistration, @soldOn, @orderKey, @opportunityNumber, @source
        WHERE NOT EXISTS (SELECT 1 FROM auto_vehicles WHERE vin = @vin)
        """;

    private static Task<int> ExecuteAsync(DbConnection connection, DbTransaction transaction, string sql, object values, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(sql, values, transaction, cancellationToken: cancellationToken));

    // Filled by Dapper through the column aliases of SelectColumns; dates stay as the driver's
    // value until ToVehicle, since Dapper cannot convert between the drivers' date types.
    private sealed class VehicleRow
    {
        public string Vin { get; set; } = string.Empty;

        public string? AccountKey { get; set; }

        public string? Model { get; set; }

        public string? Fuel { get; set; }

        public object? FirstRegistration { get; set; }

        public object SoldOn { get; set; } = DateOnly.MinValue;

        public string? OrderKey { get; set; }

        public string? OpportunityNumber { get; set; }

        public string Source { get; set; } = string.Empty;

        public RegisteredVehicle ToVehicle() => new(
            Vin,
            AccountKey,
            Model,
            Fuel,
            FirstRegistration is null ? null : DateOf(FirstRegistration),
            DateOf(SoldOn),
            OrderKey,
            OpportunityNumber,
            Source);

        private static DateOnly DateOf(object value) => value switch
        {
            DateOnly date => date,
            DateTime dateTime => DateOnly.FromDateTime(dateTime),
            string text => DateOnly.FromDateTime(DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.None)),
            _ => throw new InvalidOperationException($"The database returned a date as {value.GetType()}."),
        };
    }
}
