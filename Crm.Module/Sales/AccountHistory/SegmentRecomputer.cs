using System.Data.Common;
using System.Globalization;
using Crm.Abstractions.Sales;
using Crm.Module.Data;
using Dapper;
using Microsoft.Extensions.Logging;

namespace Crm.Module.Sales.AccountHistory;

/// <summary>
/// Computes every account's RFM segment, reorder interval and profitability from the ERP's orders
/// (three statements over all accounts, none per account) and replaces <c>crm_account_segments</c>
/// in one transaction: readers see the previous set or the new one, never a mix. The transaction
/// first takes the next value of the <c>account-segments</c> sequence, whose row lock makes
/// concurrent recomputes (two hosts, or the schedule and an Admin) wait for each other.
/// </summary>
internal sealed partial class SegmentRecomputer(
    CrmDatabase database,
    AccountHistorySql sql,
    OrderDaysReader orderDays,
    AccountHistoryOptions options,
    TimeProvider clock,
    ILogger<SegmentRecomputer> logger)
{
    private const string SequenceName = "account-segments";

    public async Task<SegmentRecompute> RecomputeAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await ComputeAsync(connection, today, cancellationToken).ConfigureAwait(false);
        await Sequences.EnsureAsync(connection, SequenceName, cancellationToken).ConfigureAwait(false);

        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var generation = await Sequences.NextAsync(connection, transaction, SequenceName, cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(AccountHistorySql.DeleteSegments, transaction: transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        foreach (var row in rows)
        {
            row.ComputedAt = DbValues.ToUtcParameter(now);
            row.Generation = generation;
        }

        foreach (var batch in rows.Chunk(options.BatchSize))
        {
            await connection.ExecuteAsync(new CommandDefinition(AccountHistorySql.InsertSegment, batch, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        LogRecomputed(logger, rows.Count, generation);
        return new SegmentRecompute(now, rows.Count, generation);
    }

    private async Task<List<SegmentRow>> ComputeAsync(DbConnection connection, DateOnly today, CancellationToken cancellationToken)
    {
        var windowStart = today.AddDays(-options.WindowDays);
        var lookBackStart = today.AddDays(-options.LookBackDays);
        var since = new { since = DbValues.ToParameter(windowStart) };
        var currencies = (await connection.QueryAsync<CurrencyRow>(new CommandDefinition(sql.CurrencyTotals, since, cancellationToken: cancellationToken)).ConfigureAwait(false))
            .ToLookup(r => r.AccountKey, StringComparer.Ordinal);
        var profits = sql.LineProfits is null
            ? new Dictionary<(string, string), ProfitRow>()
            : (await connection.QueryAsync<ProfitRow>(new CommandDefinition(sql.LineProfits, since, cancellationToken: cancellationToken)).ConfigureAwait(false))
                .ToDictionary(r => (r.AccountKey, r.Currency));

        var rows = new List<SegmentRow>();
        await foreach (var account in orderDays.ReadAllAsync(connection, today.AddDays(-options.PopulationDays), cancellationToken).ConfigureAwait(false))
        {
            // The main currency: most orders in the window, ties to the first alphabetically.
            var main = currencies[account.AccountKey].OrderByDescending(c => c.OrderCount).ThenBy(c => c.Currency, StringComparer.Ordinal).FirstOrDefault();
            var currency = main?.Currency.TrimEnd() is { Length: > 0 } code ? code : null;
            var profit = main is null ? null : profits.GetValueOrDefault((account.AccountKey, main.Currency));
            var interval = ReorderInterval.TypicalDays(account.DaysSince(lookBackStart));
            rows.Add(new SegmentRow
            {
                AccountKey = account.AccountKey,
                LastOrder = DbValues.ToParameter(account.LastDay),
                RecencyDays = today.DayNumber - account.LastDay.DayNumber,
                Frequency = account.OrdersSince(windowStart),
                Monetary = main?.Revenue ?? 0,
                Currency = currency,
                TypicalIntervalDays = interval,
                ExpectedNextOrder = ReorderInterval.ExpectedNext(account.LastDay, interval) is { } next ? DbValues.ToParameter(next) : null,
                ProfitRevenue = profit?.Cost is null ? null : profit.Revenue,
                ProfitCost = profit?.Cost,
            });
        }

        Score(rows);
        return rows;
    }

    private static void Score(List<SegmentRow> rows)
    {
        // Fewer days since the last order is better: score the negated days.
        var recency = RfmScores.Quintiles(rows.ConvertAll(r => -r.RecencyDays));
        var frequency = RfmScores.Quintiles(rows.ConvertAll(r => r.Frequency));
        for (var i = 0; i < rows.Count; i++)
        {
            rows[i].RecencyScore = recency[i];
            rows[i].FrequencyScore = frequency[i];
        }

        // Revenue is compared only within one currency: nothing is converted.
        foreach (var group in rows.GroupBy(r => r.Currency ?? string.Empty, StringComparer.Ordinal))
        {
            var members = group.ToList();
            var monetary = RfmScores.Quintiles(members.ConvertAll(r => r.Monetary));
            for (var i = 0; i < members.Count; i++)
            {
                members[i].MonetaryScore = monetary[i];
                members[i].Tier = RfmScores.Tier(members[i].RecencyScore, members[i].FrequencyScore, members[i].MonetaryScore).ToString();
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Account segments recomputed: {Accounts} accounts, generation {Generation}.")]
    private static partial void LogRecomputed(ILogger logger, int accounts, long generation);

    private sealed class CurrencyRow
    {
        public string AccountKey { get; set; } = string.Empty;

        public string Currency { get; set; } = string.Empty;

        public object Orders { get; set; } = 0L;

        public decimal Revenue { get; set; }

        public long OrderCount => Convert.ToInt64(Orders, CultureInfo.InvariantCulture);
    }

    private sealed class ProfitRow
    {
        public string AccountKey { get; set; } = string.Empty;

        public string Currency { get; set; } = string.Empty;

        public decimal Revenue { get; set; }

        public decimal? Cost { get; set; }
    }
}
