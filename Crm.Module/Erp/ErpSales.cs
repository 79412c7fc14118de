using System.Globalization;
using System.Runtime.CompilerServices;
using Crm.Abstractions.Erp;
using Crm.Module.Data;
using Crm.Module.Erp.Mapping;
using Dapper;

namespace Crm.Module.Erp;

/// <summary>
/// Order lines for plugins' rules and jobs, streamed in batches of whole orders. Each batch is read
/// on a connection of its own that is closed before its lines are handed out, so a caller that
/// writes while it reads holds no reader open (SQLite allows one writer) and no batch waits on it.
/// </summary>
internal sealed class ErpSales(CrmDatabase database, ErpViews views, ErpSalesSql sql) : IErpSales
{
    /// <summary>Orders per batch: enough to keep round trips few, few enough to keep a batch's lines in memory.</summary>
    public const int OrdersPerBatch = 200;

    public async IAsyncEnumerable<ErpSaleLine> ReadLinesAsync(ErpSaleLineQuery query, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var prefixes = query.ProductKeyPrefixes.Where(p => !string.IsNullOrEmpty(p)).Distinct(StringComparer.Ordinal).ToList();
        if (query.ProductKeyPrefixes.Count > 0 && prefixes.Count == 0)
        {
            yield break;
        }

        (DateOnly Day, string Order)? after = null;
        while (true)
        {
            var statement = sql.Batch(new SaleLineBatchShape(prefixes.Count, query.OrderedFrom is not null, query.OrderedTo is not null, after is null));
            if (statement is null)
            {
                yield break;
            }

            var rows = await ReadBatchAsync(statement, Parameters(query, prefixes, after), cancellationToken).ConfigureAwait(false);
            foreach (var row in rows)
            {
                yield return row.ToLine();
            }

            var orders = rows.Select(r => r.OrderKey).Distinct().Count();
            if (orders < OrdersPerBatch)
            {
                yield break;
            }

            after = (DbValues.ToDate(rows[^1].OrderDay), ErpKey.FromDatabase(rows[^1].OrderKey));
        }
    }

    private async Task<List<SaleLineRow>> ReadBatchAsync(string statement, DynamicParameters parameters, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<SaleLineRow>(new CommandDefinition(statement, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return [.. rows];
    }

    private DynamicParameters Parameters(ErpSaleLineQuery query, List<string> prefixes, (DateOnly Day, string Order)? after)
    {
        var parameters = new DynamicParameters(new { take = OrdersPerBatch, skip = 0 });
        if (query.OrderedFrom is { } from)
        {
            parameters.Add("from", DbValues.ToParameter(from));
        }

        if (query.OrderedTo is { } to)
        {
            parameters.Add("to", DbValues.ToParameter(to));
        }

        if (after is { } last)
        {
            var order = views.OrderKey.ToParameter(last.Order) ?? throw new InvalidOperationException($"The ERP returned order key '{last.Order}', which its own key type does not accept.");
            parameters.Add("afterDay", DbValues.ToParameter(last.Day));
            parameters.Add("afterOrder", order.Value, order.DbType, size: order.Size);
        }

        for (var i = 0; i < prefixes.Count; i++)
        {
            var n = i.ToString(CultureInfo.InvariantCulture);
            parameters.Add("like" + n, ErpSalesSql.LikePattern(prefixes[i]));
            parameters.Add("prefix" + n, prefixes[i]);
            parameters.Add("length" + n, prefixes[i].Length);
        }

        return parameters;
    }
}
