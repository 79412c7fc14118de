using System.Globalization;
using Crm.Abstractions.Extensibility;
using ErpCrm.Automotive.Vehicles;

namespace ErpCrm.Automotive.Register;

/// <summary>
/// Fills in what the register knows about the car a changed record names by VIN: model, fuel and
/// first registration, each only where the record has the field and no value yet, so that what a
/// user typed always wins.
/// </summary>
internal sealed class VehicleDetails(VehicleRegister register)
{
    public async Task FillInAsync(CrmChangeContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.Fields.TryGetValue(AutomotiveCodes.Vin, out var vin) || !Vin.IsValid(vin)
            || await register.FindAsync(vin, cancellationToken).ConfigureAwait(false) is not { } vehicle)
        {
            return;
        }

        var defined = VehicleFields.CodesOf(context.Entity);
        FillIn(context, defined, AutomotiveCodes.Model, vehicle.Model);
        FillIn(context, defined, AutomotiveCodes.Fuel, vehicle.Fuel);
        FillIn(context, defined, AutomotiveCodes.FirstRegistration, vehicle.FirstRegistration?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    private static void FillIn(CrmChangeContext context, IReadOnlySet<string> defined, string code, string? value)
    {
        if (value is not null && defined.Contains(code) && !context.Fields.ContainsKey(code))
        {
            context.SetField(code, value);
        }
    }
}
