using System.Globalization;
using System.Runtime.CompilerServices;
using Crm.Abstractions.FollowUps;
using Crm.Module.Data;
using Crm.Module.Erp.Mapping;
using Dapper;

namespace Crm.Module.FollowUps.Rules;

/// <summary>
/// An ERP invoice still open more than <c>DaysOverdue</c> days (default 14) after its due date gets
/// one dunning follow-up for finance (<c>Assignee</c>, default <c>finance</c>; <c>ActivityType</c>,
/// default <c>task</c>), due the next day.
/// </summary>
internal sealed class OverdueInvoiceRule(CrmDatabase database, ErpViews views) : IFollowUpRule
{
    /// <summary>The candidates: open invoices due before <c>@cutoff</c> (internal: the sweep benchmark's baseline runs it too).</summary>
    internal string Statement { get; } = $"""
        SELECT i.invoice_key AS InvoiceKey, i.invoice_number AS InvoiceNumber, i.account_key AS AccountKey, i.due_date AS DueDate,
               i.open_amount AS OpenAmount, i.currency AS Currency
        FROM ({views.Invoices}) i
        WHERE i.open_amount > 0 AND {database.Dialect.DateOf("i.due_date")} < {database.Dialect.DateOf("@cutoff")}
        ORDER BY i.invoice_key
        """;

    public string Code => "overdue-invoice";

    public string Name => "Dunning follow-up for overdue invoices";

    public string DefaultSchedule => "0 0 6 * * ?";

    public async IAsyncEnumerable<FollowUpProposal> ProposeAsync(FollowUpRuleContext context, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var days = context.Whole(Code, "DaysOverdue", 14);
        var assignee = context.Text("Assignee") ?? "finance";
        var type = context.Text("ActivityType") ?? "task";
        var cutoff = DateOnly.FromDateTime(context.Now.UtcDateTime).AddDays(-days);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = connection.QueryUnbufferedAsync<OverdueRow>(Statement, new { cutoff = DbValues.ToParameter(cutoff) });
        await foreach (var row in rows.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            var number = ErpKey.FromDatabase(row.InvoiceNumber);
            var due = DbValues.ToDate(row.DueDate);
            var open = Convert.ToDecimal(row.OpenAmount, CultureInfo.InvariantCulture);
            yield return new FollowUpProposal(
                "invoice:" + ErpKey.FromDatabase(row.InvoiceKey),
                string.Empty,
                ErpKey.FromDatabase(row.AccountKey),
                type,
                $"Dunning: invoice {number} overdue since {due:yyyy-MM-dd}",
                assignee,
                context.Now.AddDays(1),
                string.Create(CultureInfo.InvariantCulture, $"Open {open:0.##} {row.Currency?.TrimEnd()}, due {due:yyyy-MM-dd}, more than {days} days overdue."));
        }
    }

    private sealed class OverdueRow
    {
        public object InvoiceKey { get; set; } = string.Empty;

        public object InvoiceNumber { get; set; } = string.Empty;

        public object AccountKey { get; set; } = string.Empty;

        public object DueDate { get; set; } = string.Empty;

        public object OpenAmount { get; set; } = 0m;

        public string? Currency { get; set; }
    }
}
