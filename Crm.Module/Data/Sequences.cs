using System.Data;
using System.Data.Common;
using Crm.Module.Data.Dialects;
using Dapper;

namespace Crm.Module.Data;

/// <summary>
/// Named counters in <c>crm_sequences</c>, shared by every host on the database. The increment runs
/// inside the caller's transaction: the row lock (PostgreSQL, SQL Server) or the write lock (SQLite)
/// makes concurrent callers wait, so each gets its own value; a rolled-back transaction gives its
/// value back, so failed business operations leave no gaps either.
/// </summary>
internal static class Sequences
{
    /// <summary>
    /// Creates the counter if it does not exist, in its own statement before the business
    /// transaction: two hosts creating it at once must not make a business operation fail.
    /// </summary>
    public static async Task EnsureAsync(DbConnection connection, string name, CancellationToken cancellationToken)
    {
        var parameters = new { name };
        try
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO crm_sequences (name, value) SELECT @name, 0 WHERE NOT EXISTS (SELECT 1 FROM crm_sequences WHERE name = @name)",
                parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
        }
        catch (DbException) when (connection.State == ConnectionState.Open)
        {
            // Someone else may have created it between our check and our insert: that is all we wanted.
            // A connection the error broke is not asked (Dapper would quietly open it again, and the
            // caller's transaction would then fail on a closed one): the fault goes to the caller.
            if (!await ExistsAsync(connection, name, cancellationToken).ConfigureAwait(false))
            {
                throw;
            }
        }
    }

    /// <summary>
    /// The counter's next value in one statement (an UPDATE that returns the new value), inside the
    /// caller's transaction. A counter that does not exist yet is created at 0 first, in the same
    /// transaction, by an insert that skips instead of failing when another transaction creates it
    /// at the same time (<see cref="ISqlDialect.InsertIfAbsent"/>): so the counter costs a statement
    /// once per database, not an ensure before every call.
    /// </summary>
    public static async Task<long> TakeAsync(DbConnection connection, DbTransaction transaction, ISqlDialect dialect, string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dialect);
        var parameters = new { name };
        var increment = dialect.UpdateReturning("crm_sequences", "value = value + 1", "name = @name", "value");
        var value = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(increment, parameters, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        if (value is { } taken)
        {
            return taken;
        }

        await connection.ExecuteAsync(new CommandDefinition(
            dialect.InsertIfAbsent("crm_sequences", "name, value", "@name, 0", "name = @name"), parameters, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return await connection.ExecuteScalarAsync<long?>(new CommandDefinition(increment, parameters, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"The sequence '{name}' could not be created.");
    }

    public static async Task<long> NextAsync(DbConnection connection, DbTransaction transaction, string name, CancellationToken cancellationToken)
    {
        var parameters = new { name };
        var updated = await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE crm_sequences SET value = value + 1 WHERE name = @name", parameters, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        if (updated != 1)
        {
            throw new InvalidOperationException($"The sequence '{name}' does not exist; call EnsureAsync first.");
        }

        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT value FROM crm_sequences WHERE name = @name", parameters, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    /// <summary>The counter's last value handed out (0 when it does not exist yet), without taking one.</summary>
    public static async Task<long> CurrentAsync(DbConnection connection, string name, CancellationToken cancellationToken) =>
        await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            "SELECT value FROM crm_sequences WHERE name = @name", new { name }, cancellationToken: cancellationToken)).ConfigureAwait(false) ?? 0;

    private static async Task<bool> ExistsAsync(DbConnection connection, string name, CancellationToken cancellationToken) =>
        await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            "SELECT COUNT(*) FROM crm_sequences WHERE name = @name", new { name }, cancellationToken: cancellationToken)).ConfigureAwait(false) > 0;
}
