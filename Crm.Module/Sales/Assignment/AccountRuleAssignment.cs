using System.Data.Common;
using Crm.Abstractions.Accounts;
using Crm.Abstractions.Security;
using Crm.Module.Accounts;
using Crm.Module.Data;
using Crm.Module.Erp.Mapping;
using Dapper;

namespace Crm.Module.Sales.Assignment;

/// <summary>
/// Gives unowned ERP accounts owners by the territory and round-robin rules (see
/// <see cref="IAccountOwners.AssignByRulesAsync"/>). Accounts are read in key order after the last
/// key of the previous batch, so skipped accounts, which stay unowned, are not read again.
/// </summary>
internal sealed class AccountRuleAssignment(
    CrmDatabase database, ErpViews views, OwnerAssignment rules, AccountClaims claims, SalesAccess access, ICurrentUser user, TimeProvider clock)
{
    private readonly string _unownedBatch = UnownedBatch(database, views);

    public async Task<OwnerRuleRun> RunAsync(bool dryRun, CancellationToken cancellationToken)
    {
        user.Demand(Messages.ActionAssignAccountOwners, CrmRoles.SalesManager, CrmRoles.Admin);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        if (!dryRun)
        {
            await rules.PrepareAsync(connection, cancellationToken).ConfigureAwait(false);
        }

        var tally = new Tally(dryRun);
        var turnsGiven = dryRun ? await OwnerAssignment.TurnsGivenAsync(connection, cancellationToken).ConfigureAwait(false) : 0;
        var after = string.Empty;
        while (true)
        {
            var now = clock.GetUtcNow();
            await using var transaction = dryRun ? null : await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            var batch = (await connection.QueryAsync<UnownedRow>(new CommandDefinition(
                _unownedBatch, new { after, skip = 0, take = rules.BatchSize }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false)).ToList();
            if (batch.Count == 0)
            {
                break;
            }

            tally.Batches++;
            foreach (var account in batch)
            {
                var territory = rules.Territory(account.Country?.Trim(), account.PostalCode);
                var rule = territory is not null ? OwnerRule.Territory : rules.HasPool ? OwnerRule.RoundRobin : OwnerRule.None;
                var owner = rule switch
                {
                    OwnerRule.Territory => territory,
                    OwnerRule.RoundRobin when transaction is null => rules.PoolMember(++turnsGiven),
                    OwnerRule.RoundRobin => await rules.TakeTurnAsync(connection, transaction, cancellationToken).ConfigureAwait(false),
                    _ => null,
                };
                var outcome = owner is null ? OwnerRuleOutcome.NoRule
                    : !access.MayAssignTo(owner) ? OwnerRuleOutcome.OutsideYourTeams
                    : transaction is null || await claims.ClaimAsync(connection, transaction, account.AccountKey, account.Version, owner, user.UserName, now, cancellationToken).ConfigureAwait(false)
                        ? OwnerRuleOutcome.Assigned
                        : OwnerRuleOutcome.TakenMeanwhile;
                tally.Add(new OwnerRuleAssignment(account.AccountKey, account.Name.TrimEnd(), account.Country?.TrimEnd(), account.PostalCode?.TrimEnd(), owner, rule, outcome));
            }

            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }

            after = batch[^1].AccountKey;
            if (batch.Count < rules.BatchSize)
            {
                break;
            }
        }

        return tally.ToRun();
    }

    // The CRM stores keys as the ERP's key text without padding; the same expression orders the
    // batches, so "after the last key" means the same on every engine and key type.
    private static string UnownedBatch(CrmDatabase database, ErpViews views)
    {
        var dialect = database.Dialect;
        var key = $"RTRIM({dialect.AsText("c.account_key")})";
        return $"""
            SELECT {key} AS AccountKey, c.name AS Name, c.country AS Country, c.postal_code AS PostalCode, COALESCE(a.version, 0) AS Version
            FROM ({views.Customers}) c LEFT JOIN crm_accounts a ON a.account_key = {key}
            WHERE a.owner_user_name IS NULL AND {key} > @after
            ORDER BY {key} {dialect.Paging}
            """;
    }

    private sealed class UnownedRow
    {
        public string AccountKey { get; set; } = string.Empty;

        public string Name { get; set; } = string.Empty;

        public string? Country { get; set; }

        public string? PostalCode { get; set; }

        public int Version { get; set; }
    }

    private sealed class Tally(bool dryRun)
    {
        private readonly Dictionary<OwnerRuleOutcome, int> _outcomes = [];
        private readonly SortedDictionary<string, int> _perOwner = new(StringComparer.Ordinal);
        private readonly List<OwnerRuleAssignment> _first = [];
        private int _examined;

        public int Batches { get; set; }

        public void Add(OwnerRuleAssignment assignment)
        {
            _examined++;
            _outcomes[assignment.Outcome] = _outcomes.GetValueOrDefault(assignment.Outcome) + 1;
            if (assignment is { Outcome: OwnerRuleOutcome.Assigned, Owner: { } owner })
            {
                _perOwner[owner] = _perOwner.GetValueOrDefault(owner) + 1;
            }

            if (_first.Count < OwnerRuleRun.FirstPageSize)
            {
                _first.Add(assignment);
            }
        }

        public OwnerRuleRun ToRun() => new(
            dryRun,
            _examined,
            _outcomes.GetValueOrDefault(OwnerRuleOutcome.Assigned),
            _outcomes.GetValueOrDefault(OwnerRuleOutcome.NoRule),
            _outcomes.GetValueOrDefault(OwnerRuleOutcome.OutsideYourTeams),
            _outcomes.GetValueOrDefault(OwnerRuleOutcome.TakenMeanwhile),
            Batches,
            [.. _perOwner.Select(p => new OwnerRuleCount(p.Key, p.Value))],
            _first);
    }
}
