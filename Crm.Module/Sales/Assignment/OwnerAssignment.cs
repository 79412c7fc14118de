using System.Data.Common;
using Crm.Module.Data;
using Crm.Module.Hosting;

namespace Crm.Module.Sales.Assignment;

/// <summary>
/// Picks the owner of a new sales record from the territory rules, else the round-robin pool. The
/// pool's turn is a counter in <c>crm_sequences</c>, advanced inside the caller's transaction: every
/// host on the database shares it, concurrent creations wait for each other and get different
/// turns, and a rolled-back creation gives its turn back.
/// </summary>
internal sealed class OwnerAssignment
{
    private const string TurnSequence = "sales-assignment:round-robin";

    private readonly AssignmentOptions _options;

    public OwnerAssignment(AssignmentOptions options)
    {
        _options = options;
        for (var i = 0; i < options.Territories.Count; i++)
        {
            var rule = options.Territories[i];
            var path = $"{AssignmentOptions.SectionName}:Territories:{i}";
            if (string.IsNullOrWhiteSpace(rule.Owner))
            {
                throw new CrmSettingException($"{path}:Owner", "Every territory needs an owner.");
            }

            if (rule.Countries.Count == 0 || rule.Countries.Any(c => c is not { Length: 2 } || !c.All(char.IsAsciiLetter)))
            {
                throw new CrmSettingException($"{path}:Countries", "List one or more ISO country codes of two letters, e.g. DE.");
            }

            if (rule.PostalFrom is { } from && rule.PostalTo is { } to && string.CompareOrdinal(from, to) > 0)
            {
                throw new CrmSettingException($"{path}:PostalFrom", $"'{from}' comes after PostalTo '{to}'.");
            }
        }

        if (options.RoundRobin.Any(string.IsNullOrWhiteSpace))
        {
            throw new CrmSettingException($"{AssignmentOptions.SectionName}:RoundRobin", "User names must not be empty.");
        }

        if (options.BatchSize is < 1 or > 10_000)
        {
            throw new CrmSettingException($"{AssignmentOptions.SectionName}:BatchSize", "Must be from 1 to 10000.");
        }
    }

    /// <summary>Records written per transaction by bulk assignment.</summary>
    public int BatchSize => _options.BatchSize;

    /// <summary>Whether a round-robin pool is configured.</summary>
    public bool HasPool => _options.RoundRobin.Count > 0;

    /// <summary>Turns the pool has given so far, read without taking one (for dry runs).</summary>
    public static Task<long> TurnsGivenAsync(DbConnection connection, CancellationToken cancellationToken) =>
        Sequences.CurrentAsync(connection, TurnSequence, cancellationToken);

    /// <summary>The pool member whose turn number <paramref name="turn"/> (counting from 1) is.</summary>
    public string PoolMember(long turn) => _options.RoundRobin[(int)((turn - 1) % _options.RoundRobin.Count)];

    /// <summary>Creates the turn counter; call before the business transaction (see <see cref="Sequences.EnsureAsync"/>).</summary>
    public Task PrepareAsync(DbConnection connection, CancellationToken cancellationToken) =>
        _options.RoundRobin.Count == 0 ? Task.CompletedTask : Sequences.EnsureAsync(connection, TurnSequence, cancellationToken);

    /// <summary>The territory owner for the address, else the pool's next turn, else null (unowned).</summary>
    public async Task<string?> AssignAsync(DbConnection connection, DbTransaction transaction, string? country, string? postalCode, CancellationToken cancellationToken)
    {
        var territory = Territory(country, postalCode);
        if (territory is not null || _options.RoundRobin.Count == 0)
        {
            return territory;
        }

        return await TakeTurnAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The pool's next turn, taken in the caller's transaction; the pool must not be empty (<see cref="HasPool"/>).</summary>
    public async Task<string> TakeTurnAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) =>
        PoolMember(await Sequences.NextAsync(connection, transaction, TurnSequence, cancellationToken).ConfigureAwait(false));

    /// <summary>The owner of the first territory rule covering the address, or null.</summary>
    public string? Territory(string? country, string? postalCode) =>
        country is null ? null : _options.Territories.FirstOrDefault(rule => Covers(rule, country, postalCode?.Trim()))?.Owner;

    private static bool Covers(TerritoryRuleOptions rule, string country, string? postalCode)
    {
        if (!rule.Countries.Contains(country, StringComparer.OrdinalIgnoreCase))
        {
            return false;
        }

        if (rule.PostalFrom is null && rule.PostalTo is null)
        {
            return true;
        }

        return !string.IsNullOrEmpty(postalCode)
            && (rule.PostalFrom is not { } from || string.CompareOrdinal(Prefix(postalCode, from.Length), from) >= 0)
            && (rule.PostalTo is not { } to || string.CompareOrdinal(Prefix(postalCode, to.Length), to) <= 0);
    }

    private static string Prefix(string postalCode, int length) => postalCode.Length > length ? postalCode[..length] : postalCode;
}
