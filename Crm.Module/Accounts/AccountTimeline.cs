using Crm.Abstractions.Accounts;
using Crm.Abstractions.Common;
using Crm.Abstractions.Security;
using Crm.Module.Data;
using Crm.Module.Erp.Mapping;
using Dapper;

namespace Crm.Module.Accounts;

/// <summary>
/// The account timeline as one UNION ALL over the CRM's activities and inquiries and the ERP's
/// orders and invoices (through the mapping), sorted and paged in the database.
/// </summary>
internal sealed class AccountTimeline(CrmDatabase database, ErpViews views, ICurrentUser user) : IAccountTimeline
{
    public async Task<Page<AccountTimelineEntry>> GetAsync(string accountKey, IReadOnlyCollection<AccountTimelineKind> kinds, PageRequest page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(kinds);
        ArgumentNullException.ThrowIfNull(page);
        AccountAccess.DemandRead(user);
        var (key, crmKey) = AccountAccess.ParseKey(views, accountKey);
        var wanted = kinds.Count == 0 ? Enum.GetValues<AccountTimelineKind>() : [.. kinds];
        if (!AccountAccess.CanSeeInvoices(user))
        {
            wanted = [.. wanted.Where(k => k != AccountTimelineKind.Invoice)];
        }

        var statements = Statements(wanted);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(
            statements, key.With(new { crmKey, skip = page.Offset, take = page.PageSize }), cancellationToken: cancellationToken)).ConfigureAwait(false);
        if (await results.ReadSingleAsync<long>().ConfigureAwait(false) == 0)
        {
            throw new CrmNotFoundException("account", accountKey);
        }

        var total = await results.ReadSingleAsync<long>().ConfigureAwait(false);
        var rows = await results.ReadAsync<TimelineEntryRow>().ConfigureAwait(false);
        return new Page<AccountTimelineEntry>([.. rows.Select(r => r.ToEntry())], page.Page, page.PageSize, total);
    }

    /// <summary>
    /// The account check, the count and the page of the timeline over <paramref name="kinds"/>; the
    /// benchmarks run the same text through raw ADO.NET.
    /// </summary>
    internal string Statements(IEnumerable<AccountTimelineKind> kinds)
    {
        var union = string.Join(" UNION ALL ", kinds.Distinct().Select(Branch));
        return $"""
            SELECT COUNT(*) FROM ({views.Customers}) c WHERE c.account_key = @accountKey;
            SELECT COUNT(*) FROM ({union}) t;
            SELECT Kind, At, ItemKey, Title, Status, Amount, Currency FROM ({union}) t
            ORDER BY At DESC, Kind, ItemKey {database.Dialect.Paging};
            """;
    }

    // Every branch yields the same columns, NULLs typed (PostgreSQL resolves UNION types branch by
    // branch and would take two untyped NULLs for text); keys become text because ERP keys may be numbers.
    private string Branch(AccountTimelineKind kind)
    {
        var text = database.Dialect.AsText;
        return kind switch
        {
            AccountTimelineKind.Activity =>
                $"SELECT 'Activity' AS Kind, COALESCE(a.completed_at, a.due_at, a.created_at) AS At, {text("a.id")} AS ItemKey, a.subject AS Title, a.status AS Status, CAST(NULL AS numeric) AS Amount, {text("NULL")} AS Currency FROM crm_activities a WHERE a.account_key = @crmKey",
            AccountTimelineKind.Inquiry =>
                $"SELECT 'Inquiry' AS Kind, q.created_at AS At, q.number AS ItemKey, q.subject AS Title, q.status AS Status, CAST(NULL AS numeric) AS Amount, {text("NULL")} AS Currency FROM crm_inquiries q WHERE q.account_key = @crmKey",
            AccountTimelineKind.Order =>
                $"SELECT 'Order' AS Kind, o.order_date AS At, {text("o.order_key")} AS ItemKey, {text("o.order_number")} AS Title, {text("o.status")} AS Status, o.total AS Amount, {text("o.currency")} AS Currency FROM ({views.Orders}) o WHERE o.account_key = @accountKey",
            _ =>
                $"SELECT 'Invoice' AS Kind, i.invoice_date AS At, {text("i.invoice_key")} AS ItemKey, {text("i.invoice_number")} AS Title, {text("CASE WHEN i.open_amount > 0 THEN 'Open' ELSE 'Paid' END")} AS Status, i.total AS Amount, {text("i.currency")} AS Currency FROM ({views.Invoices}) i WHERE i.account_key = @accountKey",
        };
    }
}
