using Crm.Abstractions.Sales;

namespace ErpCrm.Automotive.Sales;

/// <summary>
/// How a dealer sells a car, as a pipeline of its own beside the add-on's: the test drive, the
/// offer, the trade-in valuation of the customer's old car, financing, the signed contract (won
/// is the handover). Probabilities are a dealer's usual conversion from each step.
/// </summary>
internal sealed class VehicleSalesPipeline : IPipelineSource
{
    public IEnumerable<Pipeline> Pipelines { get; } =
    [
        new(AutomotiveCodes.VehicleSalesPipeline, "Vehicle sales", "EUR",
        [
            new("test-drive", "Test drive", 20),
            new("offer", "Offer", 35),
            new("trade-in-valuation", "Trade-in valuation", 50),
            new("financing", "Financing", 70),
            new("contract", "Contract signed", 90),
        ]),
    ];
}
