using System.Text.Json.Serialization;

namespace Crm.Abstractions.Accounts;

/// <summary>Which assignment rule picked an account's owner.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<OwnerRule>))]
public enum OwnerRule
{
    /// <summary>No rule applies: no territory covers the address and there is no round-robin pool.</summary>
    None,

    /// <summary>The first territory covering the customer's country and postal code.</summary>
    Territory,

    /// <summary>The round-robin pool's next turn (shared with leads, across all hosts).</summary>
    RoundRobin,
}

/// <summary>What happened to one unowned account in a rule run.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<OwnerRuleOutcome>))]
public enum OwnerRuleOutcome
{
    /// <summary>The account got the owner (in a dry run: would get it).</summary>
    Assigned,

    /// <summary>No rule applies; the account stays unowned.</summary>
    NoRule,

    /// <summary>The rule's owner is outside the running SalesManager's teams; the account stays unowned for an Admin or that owner's manager.</summary>
    OutsideYourTeams,

    /// <summary>Someone set an owner between reading and writing; theirs is kept.</summary>
    TakenMeanwhile,
}

/// <summary>One unowned account and the owner the rules give it.</summary>
/// <param name="AccountKey">The ERP customer key.</param>
/// <param name="AccountName">The customer's name.</param>
/// <param name="Country">The customer's country, as the ERP holds it.</param>
/// <param name="PostalCode">The customer's postal code, as the ERP holds it.</param>
/// <param name="Owner">The owner the rule picked; null when no rule applies.</param>
/// <param name="Rule">Which rule picked the owner.</param>
/// <param name="Outcome">Whether the account got the owner, and if not why.</param>
public sealed record OwnerRuleAssignment(string AccountKey, string AccountName, string? Country, string? PostalCode, string? Owner, OwnerRule Rule, OwnerRuleOutcome Outcome);

/// <summary>How many accounts one owner got (in a dry run: would get).</summary>
/// <param name="Owner">The user name.</param>
/// <param name="Accounts">The number of accounts.</param>
public sealed record OwnerRuleCount(string Owner, int Accounts);

/// <summary>The result of giving every unowned ERP account an owner by the assignment rules.</summary>
/// <param name="DryRun">True when nothing was written and the figures say what a real run would do.</param>
/// <param name="Unowned">Unowned accounts examined.</param>
/// <param name="Assigned">Accounts that got an owner (would get one).</param>
/// <param name="NoRule">Accounts no rule covers.</param>
/// <param name="OutsideYourTeams">Accounts skipped because the rule's owner is outside the running manager's teams.</param>
/// <param name="TakenMeanwhile">Accounts someone else gave an owner during the run (always 0 in a dry run).</param>
/// <param name="Batches">Batches (in a real run: transactions) the run took.</param>
/// <param name="PerOwner">Assigned accounts per owner, by owner name.</param>
/// <param name="FirstAccounts">The first accounts examined, in key order, with their outcome (at most <see cref="FirstPageSize"/>).</param>
public sealed record OwnerRuleRun(
    bool DryRun,
    int Unowned,
    int Assigned,
    int NoRule,
    int OutsideYourTeams,
    int TakenMeanwhile,
    int Batches,
    IReadOnlyList<OwnerRuleCount> PerOwner,
    IReadOnlyList<OwnerRuleAssignment> FirstAccounts)
{
    /// <summary>How many accounts <see cref="FirstAccounts"/> lists at most.</summary>
    public const int FirstPageSize = 100;
}
