using System.Globalization;
using Crm.Abstractions.CustomFields;
using Crm.Abstractions.Extensibility;
using Crm.Abstractions.Sales;
using ErpCrm.Automotive.Vehicles;

namespace ErpCrm.Automotive.Register;

/// <summary>
/// A won opportunity with a VIN puts the car into the register under the buyer, with the model,
/// fuel and first registration the salesperson entered. Delivered again, it writes the same row:
/// nothing to deduplicate.
/// </summary>
internal sealed class RecordSoldVehicle(ICustomFieldValues fieldValues, VehicleRegister register) : ICrmEventHandler<OpportunityWon>
{
    public async Task HandleAsync(OpportunityWon crmEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(crmEvent);
        var opportunity = crmEvent.Opportunity;
        var fields = await fieldValues.GetAsync(CustomFieldEntity.Opportunity, opportunity.Id.ToString(CultureInfo.InvariantCulture), cancellationToken).ConfigureAwait(false);
        if (!fields.TryGetValue(AutomotiveCodes.Vin, out var vin) || !Vin.IsValid(vin))
        {
            return;
        }

        var soldAt = opportunity.ClosedAt ?? crmEvent.OccurredAt;
        await register.RecordSaleAsync(
            new RegisteredVehicle(
                vin,
                opportunity.AccountKey,
                fields.GetValueOrDefault(AutomotiveCodes.Model),
                fields.GetValueOrDefault(AutomotiveCodes.Fuel),
                fields.TryGetValue(AutomotiveCodes.FirstRegistration, out var registered) ? DateOnly.ParseExact(registered, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
                DateOnly.FromDateTime(soldAt.UtcDateTime),
                OrderKey: opportunity.Match?.OrderKey,
                OpportunityNumber: opportunity.Number,
                RegisteredVehicle.FromOpportunity),
            cancellationToken).ConfigureAwait(false);
    }
}
