using System.Data.Common;
using System.Globalization;
using Crm.Abstractions.Activities;
using Crm.Abstractions.FollowUps;
using Crm.Module.Activities;
using Crm.Module.Data;
using Crm.Module.Data.Resilience;
using Crm.Module.Events;
using Crm.Module.Plugins;
using Dapper;

namespace Crm.Module.FollowUps;

/// <summary>
/// Runs one rule: takes its proposals in bounded batches, and per batch, in one transaction, creates
/// each follow-up whose (rule, subject, period) key is new — the activity, its key row and its
/// <see cref="ActivityPlanned"/> event — and skips the others. Running twice, or on two hosts at
/// once, therefore creates each follow-up once: the unique key decides, and a batch that loses a race
/// is rolled back and taken again, when the winner's rows are visible and get skipped.
/// The run's record is written first, marked unfinished, and each batch adds its counts to it in the
/// batch's own transaction, so what a run created and its record never disagree, even when its host
/// dies mid-run; the record stays marked unfinished then, and the next run (Quartz recovers the job)
/// completes the work without duplicates. A passing database fault re-runs the rule (with backoff,
/// <see cref="DatabaseRetries.Job"/>), which is safe for the same reason.
/// A vertical plugin's rule counts towards its plugin's health; a disabled plugin's rule does not run.
/// </summary>
internal sealed class FollowUpRunner(CrmDatabase database, ActivitySql activitySql, ActivityTypes types, FollowUpOptions options, IOutbox outbox, PluginHealth plugins, DatabaseRetries retries, TimeProvider clock)
{
    /// <summary>The error a run's record carries until the run ends; left there when its host died.</summary>
    public const string Unfinished = "Unfinished: the run stopped before its end (its host stopped or died). What its batches created is kept and counted; the next run completes the rest.";

    // Parameters a statement stay below SQL Server's limit of 2,100 (SQLite's is 32,766), whatever
    // the batch size: 500 keys an INSERT (three parameters each) and 1,000 subjects a lookup.
    private const int KeysPerInsert = 500;
    private const int SubjectsPerLookup = 1000;

    public async Task<FollowUpRun> RunAsync(IFollowUpRule rule, string node, CancellationToken cancellationToken)
    {
        var started = clock.GetUtcNow();
        if (plugins.DisabledReasonFor(rule.GetType()) is { } disabled)
        {
            // Nothing ran, so nothing is recorded; the caller sees why.
            return new FollowUpRun(rule.Code, node, started, started, 0, 0, $"Not run: its plugin is disabled. {disabled}");
        }

        var runId = await retries.Job.ExecuteAsync(async ct => await StartRecordAsync(rule.Code, node, started, ct).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        var (created, skipped) = (0, 0);
        var createdByFailedAttempts = 0;
        string? error = null;
        try
        {
            // Each attempt takes the proposals afresh; what an earlier attempt created is skipped now.
            await retries.Job.ExecuteAsync(
                async ct =>
                {
                    try
                    {
                        var attempt = await ProposeAndWriteAsync(rule, runId, started, ct).ConfigureAwait(false);
                        (created, skipped) = (createdByFailedAttempts + attempt.Created, attempt.Skipped - createdByFailedAttempts);
                    }
                    catch (FailedAttemptException e)
                    {
                        (created, skipped) = (createdByFailedAttempts + e.Created, e.Skipped - createdByFailedAttempts);
                        createdByFailedAttempts += e.Created;
                        throw;
                    }
                },
                cancellationToken).ConfigureAwait(false);
        }
        catch (FailedAttemptException e)
        {
            // What earlier batches created stays (each batch is whole); the run records why it stopped.
            error = $"{e.InnerException!.GetType().Name}: {e.InnerException.Message}";
        }

        var run = new FollowUpRun(rule.Code, node, started, clock.GetUtcNow(), created, Math.Max(skipped, 0), error is { Length: > 2000 } ? error[..2000] : error);
        await retries.Job.ExecuteAsync(async ct => await FinishRecordAsync(runId, run, ct).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        NoteOutcome(rule, run);
        return run;
    }

    private async Task<(int Created, int Skipped)> ProposeAndWriteAsync(IFollowUpRule rule, long runId, DateTimeOffset started, CancellationToken cancellationToken)
    {
        var (created, skipped) = (0, 0);
        try
        {
            var context = new FollowUpRuleContext(started, options.Parameters(rule));
            var batch = new List<FollowUpProposal>(options.BatchSize);
            await foreach (var proposal in ProposalsAsync(rule, context, cancellationToken).ConfigureAwait(false))
            {
                batch.Add(proposal);
                if (batch.Count == options.BatchSize)
                {
                    (created, skipped) = Add((created, skipped), await WriteBatchAsync(rule, runId, batch, cancellationToken).ConfigureAwait(false));
                    batch.Clear();
                }
            }

            if (batch.Count > 0)
            {
                (created, skipped) = Add((created, skipped), await WriteBatchAsync(rule, runId, batch, cancellationToken).ConfigureAwait(false));
            }

            return (created, skipped);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The retry decides on the cause; the counts of the batches committed before it travel along.
            throw new FailedAttemptException(created, skipped, e);
        }
    }

    // A rule may stream its proposals from an open reader (plugins' rules too). Where that reader
    // would hold off the batches' commits, the proposals are read to the end first.
    private async IAsyncEnumerable<FollowUpProposal> ProposalsAsync(IFollowUpRule rule, FollowUpRuleContext context, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var proposals = rule.ProposeAsync(context, cancellationToken);
        if (!database.Dialect.WritesWhileReading)
        {
            var all = new List<FollowUpProposal>();
            await foreach (var proposal in proposals.ConfigureAwait(false))
            {
                all.Add(proposal);
            }

            proposals = all.ToAsyncEnumerable();
        }

        await foreach (var proposal in proposals.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return proposal;
        }
    }

    private void NoteOutcome(IFollowUpRule rule, FollowUpRun run)
    {
        if (plugins.PluginOf(rule.GetType()) is not { } plugin)
        {
            return;
        }

        if (run.Error is null)
        {
            plugins.Succeeded(plugin, "rule " + rule.Code);
        }
        else
        {
            plugins.Failed(plugin, "rule " + rule.Code, $"rule {rule.Code}: {run.Error}");
        }
    }

    private static (int, int) Add((int Created, int Skipped) total, (int Created, int Skipped) batch) =>
        (total.Created + batch.Created, total.Skipped + batch.Skipped);

    private async Task<(int Created, int Skipped)> WriteBatchAsync(IFollowUpRule rule, long runId, IReadOnlyList<FollowUpProposal> batch, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await TryWriteBatchAsync(rule, runId, batch, cancellationToken).ConfigureAwait(false);
            }
            catch (DbException) when (attempt < 2)
            {
                // Another host created one of these keys between our check and our insert.
            }
        }
    }

    // Set-based where the chokepoint allows it: one statement finds which of the batch's keys exist,
    // and the new keys go in as multi-row INSERTs. Each new follow-up's activity and its event (audit
    // and outbox) are still written one by one through the outbox, as every write of the add-on is.
    // A batch with nothing new writes nothing: its skipped count reaches the record when the run ends.
    private async Task<(int Created, int Skipped)> TryWriteBatchAsync(IFollowUpRule rule, long runId, IReadOnlyList<FollowUpProposal> batch, CancellationToken cancellationToken)
    {
        foreach (var proposal in batch)
        {
            Validate(rule, proposal);
        }

        var now = clock.GetUtcNow();
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var taken = await ExistingKeysAsync(connection, transaction, rule.Code, batch, cancellationToken).ConfigureAwait(false);
        var created = new List<(FollowUpProposal Proposal, long ActivityId)>();
        foreach (var proposal in batch)
        {
            // A key the rule proposes twice in one batch is created once, like a key created earlier.
            if (taken.Add((proposal.SubjectKey, proposal.Period)))
            {
                var activity = await PlanAsync(connection, transaction, rule, proposal, now, cancellationToken).ConfigureAwait(false);
                created.Add((proposal, activity.Id));
            }
        }

        if (created.Count == 0)
        {
            return (0, batch.Count);
        }

        foreach (var chunk in created.Chunk(KeysPerInsert))
        {
            var (statement, parameters) = InsertKeys(rule.Code, chunk, now);
            await connection.ExecuteAsync(new CommandDefinition(statement, parameters, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        }

        // The batch's counts go into the run's record in the batch's transaction: both or neither.
        var skipped = batch.Count - created.Count;
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE crm_follow_up_runs SET created = created + @created, skipped = skipped + @skipped WHERE id = @runId",
            new { created = created.Count, skipped, runId },
            transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return (created.Count, skipped);
    }

    private async Task<HashSet<(string SubjectKey, string Period)>> ExistingKeysAsync(DbConnection connection, DbTransaction transaction, string rule, IReadOnlyList<FollowUpProposal> batch, CancellationToken cancellationToken)
    {
        var taken = new HashSet<(string SubjectKey, string Period)>();
        foreach (var subjects in batch.Select(p => p.SubjectKey).Distinct(StringComparer.Ordinal).Chunk(SubjectsPerLookup))
        {
            var rows = await connection.QueryAsync<(string SubjectKey, string Period)>(new CommandDefinition(
                $"SELECT subject_key, period FROM crm_follow_ups WHERE rule_code = @rule AND {database.Dialect.InList("subject_key", "@subjects")}",
                new { rule, subjects },
                transaction,
                cancellationToken: cancellationToken)).ConfigureAwait(false);
            taken.UnionWith(rows);
        }

        return taken;
    }

    private static (string Statement, DynamicParameters Parameters) InsertKeys(string rule, (FollowUpProposal Proposal, long ActivityId)[] keys, DateTimeOffset now)
    {
        var parameters = new DynamicParameters(new { rule, createdAt = DbValues.ToUtcParameter(now) });
        var rows = new List<string>(keys.Length);
        for (var i = 0; i < keys.Length; i++)
        {
            parameters.Add("s" + i.ToString(CultureInfo.InvariantCulture), keys[i].Proposal.SubjectKey);
            parameters.Add("p" + i.ToString(CultureInfo.InvariantCulture), keys[i].Proposal.Period);
            parameters.Add("a" + i.ToString(CultureInfo.InvariantCulture), keys[i].ActivityId);
            rows.Add(string.Create(CultureInfo.InvariantCulture, $"(@rule, @s{i}, @p{i}, @a{i}, @createdAt)"));
        }

        return ("INSERT INTO crm_follow_ups (rule_code, subject_key, period, activity_id, created_at) VALUES " + string.Join(", ", rows), parameters);
    }

    private async Task<Activity> PlanAsync(DbConnection connection, DbTransaction transaction, IFollowUpRule rule, FollowUpProposal proposal, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var row = ActivityRow.Open(proposal.ActivityType, proposal.Subject, proposal.Notes, new ActivityRegarding(proposal.AccountKey, null, proposal.LeadId, proposal.OpportunityId), proposal.DueAt, null, proposal.Assignee, null, "follow-up:" + rule.Code, now);
        row.Id = await connection.ExecuteScalarAsync<long>(new CommandDefinition(activitySql.Insert, row, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        var activity = row.ToActivity();
        await outbox.EnqueueAsync(connection, transaction, new ActivityPlanned(activity) { EventId = Guid.NewGuid(), OccurredAt = now }, cancellationToken).ConfigureAwait(false);
        return activity;
    }

    // A plugin's rule is checked like any caller: a bad proposal stops the run with a clear reason.
    private void Validate(IFollowUpRule rule, FollowUpProposal proposal)
    {
        if (types.Find(proposal.ActivityType) is null
            || string.IsNullOrWhiteSpace(proposal.Subject) || proposal.Subject.Length > 200
            || string.IsNullOrWhiteSpace(proposal.SubjectKey) || proposal.SubjectKey.Length > 200
            || proposal.Period is null || proposal.Period.Length > 20
            || string.IsNullOrWhiteSpace(proposal.Assignee) || proposal.Assignee.Length > 100
            || (proposal.AccountKey is null && proposal.OpportunityId is null && proposal.LeadId is null) || proposal.AccountKey?.Length > 100)
        {
            throw new InvalidOperationException($"Rule '{rule.Code}' proposed an invalid follow-up for '{proposal.SubjectKey}' (type, subject, keys or assignee missing or too long).");
        }
    }

    private async Task<long> StartRecordAsync(string rule, string node, DateTimeOffset started, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            database.Dialect.InsertReturningId(
                "crm_follow_up_runs",
                "rule_code, node, started_at, finished_at, created, skipped, error",
                "@rule, @node, @startedAt, @startedAt, 0, 0, @error",
                "id"),
            new { rule, node, startedAt = DbValues.ToUtcParameter(started), error = Unfinished },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    // The final counts replace the batches' running tally: a re-run after a passing fault saw the
    // follow-ups of its earlier attempt as present, and they count as created, not skipped.
    private async Task FinishRecordAsync(long runId, FollowUpRun run, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE crm_follow_up_runs SET finished_at = @FinishedAt, created = @Created, skipped = @Skipped, error = @Error WHERE id = @runId",
            new { runId, FinishedAt = DbValues.ToUtcParameter(run.FinishedAt), run.Created, run.Skipped, run.Error },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    /// <summary>An attempt of a run failed after <see cref="Created"/> follow-ups of it were committed.</summary>
    private sealed class FailedAttemptException(int created, int skipped, Exception cause) : Exception(cause.Message, cause)
    {
        public int Created { get; } = created;

        public int Skipped { get; } = skipped;
    }
}
