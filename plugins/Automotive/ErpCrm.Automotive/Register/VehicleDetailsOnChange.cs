using Crm.Abstractions.CustomFields;
using Crm.Abstractions.Extensibility;
using Crm.Abstractions.Sales;

namespace ErpCrm.Automotive.Register;

/// <summary>
/// Fills in the register's details when a VIN is given: on a new opportunity (a trade-in sold again)
/// and whenever a record's VIN is entered or changed later.
/// </summary>
internal sealed class VehicleDetailsOnChange(VehicleDetails details) : ICrmBeforeHandler<OpportunityOpened>, ICrmBeforeHandler<CustomFieldsChanged>
{
    public Task BeforeAsync(OpportunityOpened change, CrmChangeContext context, CancellationToken cancellationToken) =>
        details.FillInAsync(context, cancellationToken);

    public Task BeforeAsync(CustomFieldsChanged change, CrmChangeContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        return change.Values.GetValueOrDefault(AutomotiveCodes.Vin) == change.Previous.GetValueOrDefault(AutomotiveCodes.Vin)
            ? Task.CompletedTask
            : details.FillInAsync(context, cancellationToken);
    }
}
