using System.Data.Common;
using Crm.Module.Data;
using Dapper;
using Microsoft.Extensions.Logging;

namespace Crm.Module.Privacy;

/// <summary>
/// Erases the records a retention rule picks, in batches of one transaction each: the batch's rows
/// are claimed at the version just read (a record changed meanwhile, e.g. an inquiry reopened, is
/// left for the next run), then erased with the rule's code as the reason and <c>system</c> as who.
/// A claimed record has <c>erased_at</c> set, so no later batch or run picks it again.
/// </summary>
internal sealed partial class RetentionRunner(CrmDatabase database, PersonalRecordFinder finder, PersonalDataEraser eraser, RetentionOptions options, TimeProvider clock, ILogger<RetentionRunner> logger)
{
    /// <summary>Who erases on a retention rule's behalf.</summary>
    public const string SystemUser = "system";

    /// <param name="pick">Selects the next batch as rows of id, version (and number, for inquiries), reading <c>@cutoff</c>, <c>@statuses</c> and <c>@take</c>.</param>
    /// <param name="statuses">The statuses a record must have to be picked.</param>
    /// <param name="claim">Sets <c>erased_at</c> of one row (<c>@id</c>) if its version is still <c>@version</c>.</param>
    /// <param name="records">The records of the claimed rows.</param>
    /// <returns>How many records the rule erased.</returns>
    public async Task<int> RunAsync(
        string rule,
        DateTimeOffset cutoff,
        string pick,
        IReadOnlyList<string> statuses,
        string claim,
        Func<DbConnection, DbTransaction, IReadOnlyList<RetentionCandidate>, Task<PersonalRecords>> records,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(statuses);
        var total = 0;
        while (true)
        {
            await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            var batch = (await connection.QueryAsync<RetentionCandidate>(new CommandDefinition(
                pick, new { cutoff = DbValues.ToUtcParameter(cutoff), statuses = statuses.ToArray(), take = options.BatchSize, skip = 0 }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false)).ToList();
            if (batch.Count == 0)
            {
                break;
            }

            var claimed = new List<RetentionCandidate>();
            foreach (var candidate in batch)
            {
                var parameters = new { id = candidate.Id, version = candidate.Version, now = DbValues.ToUtcParameter(clock.GetUtcNow()) };
                if (await connection.ExecuteAsync(new CommandDefinition(claim, parameters, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false) == 1)
                {
                    claimed.Add(candidate);
                }
            }

            await eraser.EraseAsync(connection, transaction, await records(connection, transaction, claimed).ConfigureAwait(false), rule, SystemUser, cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            total += claimed.Count;
            LogBatch(logger, rule, claimed.Count, batch.Count - claimed.Count);
            // A batch of which nothing could be claimed would be picked again as it is.
            if (batch.Count < options.BatchSize || claimed.Count == 0)
            {
                break;
            }
        }

        return total;
    }

    /// <summary>The finder, for the rules' record lookups.</summary>
    public PersonalRecordFinder Finder => finder;

    /// <summary>The rules' settings.</summary>
    public RetentionOptions Options => options;

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention rule {Rule} erased the personal data of {Erased} records; {Changed} changed meanwhile and wait for the next run.")]
    private static partial void LogBatch(ILogger logger, string rule, int erased, int changed);
}

/// <summary>A row a retention rule picked: its id, its version when read, and (for inquiries) its number.</summary>
internal sealed class RetentionCandidate
{
    public long Id { get; set; }

    public int Version { get; set; }

    public string? Number { get; set; }
}
