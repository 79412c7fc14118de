using System.Globalization;
using System.Runtime.CompilerServices;
using Crm.Abstractions.Erp;
using Crm.Abstractions.FollowUps;
using ErpCrm.MedicalDevices.Rules;

namespace ErpCrm.MedicalDevices.Consumables;

/// <summary>
/// Customers who buy consumables (electrodes, test strips, sterile single-use items) at a steady
/// rhythm run out at a predictable time; when their usual interval has passed without an order, a
/// call to ask about the reorder keeps them from running short or buying elsewhere. Proposes one
/// call per account and last purchase.
/// </summary>
/// <remarks>
/// Parameters (<c>Crm:FollowUps:Rules:med.consumables-reorder:Parameters</c>):
/// <c>productPrefixes</c> (default <c>CON-</c>), <c>lookbackMonths</c> (purchases considered,
/// default 24), <c>minPurchases</c> (order dates needed before a rhythm counts, default 3),
/// <c>graceDays</c> (days after the expected reorder before calling, default 3) and
/// <c>assignee</c> (who calls accounts without an owner; without it those are skipped).
/// </remarks>
internal sealed class ConsumablesReorderRule(IErpSales sales) : IFollowUpRule
{
    public const string RuleCode = "med.consumables-reorder";

    public string Code => RuleCode;

    public string Name => "Consumables reorder (medical devices)";

    public string DefaultSchedule => "0 30 5 * * ?";

    public async IAsyncEnumerable<FollowUpProposal> ProposeAsync(FollowUpRuleContext context, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var parameters = new RuleParameters(RuleCode, context.Parameters);
        var prefixes = parameters.List("productPrefixes", "CON-");
        var lookbackMonths = parameters.Number("lookbackMonths", 24, 1, 120);
        var minPurchases = parameters.Number("minPurchases", 3, 2, 100);
        var graceDays = parameters.Number("graceDays", 3, 0, 365);
        var fallbackAssignee = parameters.Text("assignee");

        var today = DateOnly.FromDateTime(context.Now.UtcDateTime);
        var byAccount = new Dictionary<string, AccountPurchases>(StringComparer.Ordinal);
        var query = new ErpSaleLineQuery(prefixes, today.AddMonths(-lookbackMonths), today);
        await foreach (var line in sales.ReadLinesAsync(query, cancellationToken).ConfigureAwait(false))
        {
            // Returns and credits are no purchases.
            if (line.Quantity <= 0 || line.LineTotal < 0)
            {
                continue;
            }

            if (!byAccount.TryGetValue(line.AccountKey, out var purchases))
            {
                byAccount[line.AccountKey] = purchases = new AccountPurchases(line.AccountKey);
            }

            purchases.Add(line);
        }

        foreach (var purchases in byAccount.Values.OrderBy(p => p.AccountKey, StringComparer.Ordinal))
        {
            var assignee = purchases.Owner ?? fallbackAssignee;
            if (purchases.OrderDates.Count < minPurchases || assignee is null)
            {
                continue;
            }

            var typicalDays = PurchaseRhythm.TypicalIntervalDays(purchases.OrderDates);
            var expected = purchases.LastOrder.AddDays(typicalDays);
            if (today >= expected.AddDays(graceDays))
            {
                yield return Propose(purchases, typicalDays, expected, lookbackMonths, assignee, context.Now);
            }
        }
    }

    private static FollowUpProposal Propose(AccountPurchases purchases, int typicalDays, DateOnly expected, int lookbackMonths, string assignee, DateTimeOffset now)
    {
        var notes = string.Create(
            CultureInfo.InvariantCulture,
            $"Buys consumables about every {typicalDays} days ({purchases.OrderDates.Count} orders in the last {lookbackMonths} months). Last order on {purchases.LastOrder:yyyy-MM-dd}: {string.Join(", ", purchases.LastProducts)}. The next order was expected by {expected:yyyy-MM-dd}.");
        return new FollowUpProposal(
            SubjectKey: $"consumables:{purchases.AccountKey}",
            Period: purchases.LastOrder.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            AccountKey: purchases.AccountKey,
            ActivityType: "call",
            Subject: ProposalText.Subject($"Consumables reorder due: {purchases.AccountName}"),
            Assignee: assignee,
            DueAt: now.AddDays(2),
            Notes: notes);
    }
}
