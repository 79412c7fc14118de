namespace ErpCrm.Automotive.Register;

/// <summary>One car in the register: who bought it last, and what it is.</summary>
/// <param name="Vin">The vehicle identification number.</param>
/// <param name="AccountKey">The ERP customer who bought it last; null while the buyer was a prospect.</param>
/// <param name="Model">Make and model as sold, e.g. "VW Golf 1.5 TSI".</param>
/// <param name="Fuel">Fuel choice code (see <see cref="Vehicles.VehicleFields.FuelTypes"/>).</param>
/// <param name="FirstRegistration">When the car was first registered.</param>
/// <param name="SoldOn">When the dealer sold it (the latest sale).</param>
/// <param name="OrderKey">The ERP order of the sale, if it came from the ERP.</param>
/// <param name="OpportunityNumber">The won opportunity of the sale, if it came from the CRM.</param>
/// <param name="Source">Where the entry came from: <see cref="FromOpportunity"/> or <see cref="FromErpOrder"/>.</param>
internal sealed record RegisteredVehicle(
    string Vin,
    string? AccountKey,
    string? Model,
    string? Fuel,
    DateOnly? FirstRegistration,
    DateOnly SoldOn,
    string? OrderKey,
    string? OpportunityNumber,
    string Source)
{
    public const string FromOpportunity = "opportunity";

    public const string FromErpOrder = "erp-order";
}
