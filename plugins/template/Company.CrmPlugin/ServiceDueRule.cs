using System.Globalization;
using System.Runtime.CompilerServices;
using Crm.Abstractions.Erp;
using Crm.Abstractions.FollowUps;

namespace Company.CrmPlugin;

/// <summary>
/// "A product bought N months ago is due for service": plans a call with the customer for every ERP
/// order that contains such a product and is now N months old. The rule only proposes; the add-on
/// creates each call once, however often the rule runs.
/// </summary>
/// <remarks>
/// Parameters (configuration <c>Crm:FollowUps:Rules:company.crmplugin.service-due:Parameters</c>):
/// <c>months</c> (default 12), <c>products</c> (comma-separated product key prefixes; all products
/// when absent) and <c>assignee</c> (who calls customers that have no owner in the CRM; without it
/// such customers are left out, since a call nobody owns would only sit in a list).
/// </remarks>
public sealed class ServiceDueRule(IErpSales sales) : IFollowUpRule
{
    /// <summary>The rule's code, also the key of its settings.</summary>
    public const string RuleCode = "company.crmplugin.service-due";

    // Orders from this many days before the due day are still proposed: a run missed for a few
    // days (host down, rule disabled) catches up, and proposing an order again is harmless.
    private const int CatchUpDays = 30;

    public string Code => RuleCode;

    public string Name => "Service due after purchase";

    // Every morning at six, seconds first (Quartz).
    public string DefaultSchedule => "0 0 6 * * ?";

    public async IAsyncEnumerable<FollowUpProposal> ProposeAsync(FollowUpRuleContext context, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var months = ReadMonths(context.Parameters);
        var products = context.Parameters.TryGetValue("products", out var list)
            ? list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : [];
        context.Parameters.TryGetValue("assignee", out var fallbackAssignee);

        var dueDay = DateOnly.FromDateTime(context.Now.UtcDateTime).AddMonths(-months);
        var query = new ErpSaleLineQuery(products, OrderedFrom: dueDay.AddDays(-CatchUpDays), OrderedTo: dueDay);

        // One call per order, not per line: the customer gets one call about everything they bought.
        var proposedOrders = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var line in sales.ReadLinesAsync(query, cancellationToken).ConfigureAwait(false))
        {
            var assignee = line.AccountOwner ?? fallbackAssignee;
            if (string.IsNullOrWhiteSpace(assignee) || !proposedOrders.Add(line.OrderKey))
            {
                continue;
            }

            var what = line.Description ?? line.ProductKey;
            var order = line.OrderNumber ?? line.OrderKey;
            yield return new FollowUpProposal(
                SubjectKey: "order:" + line.OrderKey,
                Period: string.Empty,
                AccountKey: line.AccountKey,
                ActivityType: "call",
                Subject: Shorten($"Service due: {what}"),
                Assignee: assignee,
                DueAt: context.Now.AddDays(7),
                Notes: string.Create(CultureInfo.InvariantCulture, $"Order {order} of {line.OrderDate:yyyy-MM-dd} is {months} months old."));
        }
    }

    private static int ReadMonths(IReadOnlyDictionary<string, string> parameters)
    {
        if (!parameters.TryGetValue("months", out var text))
        {
            return 12;
        }

        // A wrong setting fails the run with a message naming it, instead of silently using a default.
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var months) && months > 0
            ? months
            : throw new InvalidOperationException($"Parameter 'months' of rule {RuleCode} must be a whole number above 0, not '{text}'.");
    }

    // The add-on accepts subjects of at most 200 characters.
    private static string Shorten(string subject) => subject.Length <= 200 ? subject : subject[..200];
}
