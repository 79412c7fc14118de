using System.Globalization;
using Crm.Abstractions.Extensibility;
using ErpCrm.Automotive.Sales;

namespace ErpCrm.Automotive.Register;

/// <summary>
/// Nightly, copies the vehicles the ERP sold into the register: every vehicle order line whose
/// description names a VIN, sold within the last <c>LookBackDays</c> (default 400, so that a year's
/// sales are always covered; raise it once to take in older sales). Cars sold without a CRM
/// opportunity get into the register this way, and the register follows a car that is sold again.
/// Parameters: <c>ProductPrefixes</c> (default <c>VEH-</c>), <c>LookBackDays</c>.
/// </summary>
internal sealed class VehicleRegisterJob(VehicleSales sales, VehicleRegister register) : ICrmJob
{
    public const string LookBackParameter = "LookBackDays";

    private const int DefaultLookBackDays = 400;

    public string Code => AutomotiveCodes.VehicleRegisterJob;

    public string Name => "Vehicle register from ERP sales";

    public string DefaultSchedule => "0 15 3 * * ?";

    public async Task ExecuteAsync(CrmJobContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var today = DateOnly.FromDateTime(context.Now.Date);
        var lookBack = context.Parameters.TryGetValue(LookBackParameter, out var text) && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var days) && days > 0
            ? days
            : DefaultLookBackDays;
        await foreach (var sale in sales.ReadAsync(VehicleSales.PrefixesFrom(context.Parameters), today.AddDays(-lookBack), today, cancellationToken).ConfigureAwait(false))
        {
            if (sale.Vin is null)
            {
                continue;
            }

            // Lines arrive oldest first, so a car sold twice ends with its latest buyer.
            await register.RecordSaleAsync(
                new RegisteredVehicle(sale.Vin, sale.Line.AccountKey, sale.Model, Fuel: null, FirstRegistration: null, sale.Line.OrderDate, sale.Line.OrderKey, OpportunityNumber: null, RegisteredVehicle.FromErpOrder),
                cancellationToken).ConfigureAwait(false);
        }
    }
}
