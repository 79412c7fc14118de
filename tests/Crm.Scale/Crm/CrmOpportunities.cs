using Crm.Module.Sales.Pipelines;
using Crm.Scale.Erp;
using Host.Sample.Erp.DemoData;

namespace Crm.Scale.Crm;

/// <summary>
/// Opportunities (<c>crm_opportunities</c>) on owned accounts in Host.Sample's two pipelines, with
/// one <c>crm_opportunity_stages</c> row per stage visited. Older deals are mostly won or lost (won:
/// probability 100 and <c>won_at</c>; lost: probability 0, a lost reason and <c>lost_at</c>; both keep the
/// last stage, its visit closed), recent ones mostly open, some past their expected close date.
/// </summary>
internal sealed class CrmOpportunities(ScaleSettings settings, ScaleCustomers customers, CrmAccounts accounts)
{
    private sealed record Stage(string Code, int Probability);

    private sealed record Pipeline(string Code, Stage[] Stages, decimal MinEuro, decimal MaxEuro);

    // As Host.Sample's appsettings.json: Crm:Sales:Pipelines.
    private static readonly Pipeline NewBusiness = new("new-business", [new("qualification", 10), new("needs-analysis", 25), new("proposal", 50), new("negotiation", 75)], 2_000m, 60_000m);
    private static readonly Pipeline Reorder = new("reorder", [new("offer", 60), new("confirmed", 90)], 500m, 10_000m);

    private static readonly IReadOnlyList<DemoProduct> Machines = [.. DemoCatalog.Products.Where(product => product.Kind == ProductKind.Machine)];

    public sealed record Opportunity(long Id, int CustomerIndex, string Owner, object?[] Row, IReadOnlyList<object?[]> Stages);

    /// <summary>The numbers the last enumeration handed out, for <c>crm_sequences</c>.</summary>
    public YearNumbers Numbers { get; private set; } = new("OPP", "opportunity");

    public IEnumerable<Opportunity> Enumerate()
    {
        var random = new Random(settings.Seed + 5);
        var numbers = Numbers = new YearNumbers("OPP", "opportunity");
        var now = CrmClock.Now(settings);
        var owned = accounts.Owned.ToArray();
        var count = settings.Counts.Opportunities;
        var reasons = PipelineSettings.DefaultLostReasons;
        long stageId = 0;
        for (var index = 0; index < count && owned.Length > 0; index++)
        {
            var id = index + 1L;
            var createdAt = CrmClock.DuringWork(random, settings.Today.AddDays(-(int)(730L * (count - index) / count)));
            createdAt = createdAt > now ? now : createdAt;
            var customerIndex = random.Pick(owned);
            var customer = customers.All[customerIndex].Row;
            var owner = accounts.OwnerOf(customerIndex)!;
            var pipeline = random.Chance(0.6) ? NewBusiness : Reorder;
            var old = (now - createdAt).TotalDays > 180;
            var status = random.Next(100) switch
            {
                var roll when roll < (old ? 45 : 20) => "Won",
                var roll when roll < (old ? 90 : 35) => "Lost",
                _ => "Open",
            };
            var reached = status == "Won" ? pipeline.Stages.Length - 1 - random.Next(Math.Min(2, pipeline.Stages.Length)) : random.Next(pipeline.Stages.Length);
            var closedAt = status == "Open" ? (DateTime?)null : createdAt.AddDays(random.NextDouble() * Math.Min(150, (now - createdAt).TotalDays));
            var end = closedAt ?? now;
            var stages = new List<object?[]>(reached + 1);
            for (var step = 0; step <= reached; step++)
            {
                var entered = createdAt + ((end - createdAt) * step / (reached + 1));
                var left = step < reached ? createdAt + ((end - createdAt) * (step + 1) / (reached + 1)) : closedAt;
                stages.Add([++stageId, id, pipeline.Stages[step].Code, pipeline.Stages[step].Probability, entered, left, owner]);
            }

            var machine = random.Pick(Machines);
            var amount = DemoCurrencies.FromEuro(pipeline.MinEuro + ((pipeline.MaxEuro - pipeline.MinEuro) * random.Next(1001) / 1000m), customer.Currency);
            var expectedClose = DateOnly.FromDateTime(closedAt ?? createdAt.AddDays(random.Next(30, 121)));
            var lost = status == "Lost";
            object?[] row =
            [
                id, numbers.Next(createdAt), pipeline == NewBusiness ? $"{machine.Name} for {customer.Name}" : $"Supplies contract {customer.Name}",
                customer.CustomerNo, null, null, pipeline.Code, pipeline.Stages[reached].Code,
                status switch { "Won" => 100, "Lost" => 0, _ => pipeline.Stages[reached].Probability },
                amount, customer.Currency, DemoCalendar.ToDb(expectedClose), null, owner, status,
                lost ? random.Pick(reasons).Code : null, lost && random.Chance(0.3) ? "Went with a cheaper offer." : null,
                status == "Won" ? closedAt : null, lost ? closedAt : null, null, null, null,
                createdAt, owner, end, owner, reached + 1 + (status == "Open" ? 0 : 1),
            ];
            yield return new Opportunity(id, customerIndex, owner, row, stages);
        }
    }
}
