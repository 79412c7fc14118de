using System.Data.Common;
using Crm.Module.Data;
using Dapper;

namespace Crm.Module.Sales.Opportunities;

/// <summary>The writes every opportunity operation shares, each in the caller's transaction.</summary>
internal static class OpportunityStore
{
    /// <summary>Writes the row when the stored version is still <paramref name="expectedVersion"/>; false when someone else was first.</summary>
    public static async Task<bool> WriteAsync(DbConnection connection, DbTransaction transaction, OpportunityRow row, int expectedVersion, CancellationToken cancellationToken)
    {
        // Read back as text (SQLite) or DateOnly (Npgsql); written as the midnight timestamp every engine takes for a date.
        row.ExpectedCloseDate = DbValues.ToParameter(DbValues.ToDate(row.ExpectedCloseDate));
        var parameters = new DynamicParameters(row);
        parameters.Add("ExpectedVersion", expectedVersion);
        return await connection.ExecuteAsync(new CommandDefinition(OpportunitySql.Update, parameters, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false) == 1;
    }

    /// <summary>Opens a stage visit in the row's current stage and probability.</summary>
    public static async Task OpenStageAsync(DbConnection connection, DbTransaction transaction, OpportunityRow row, string by, DateTimeOffset now, CancellationToken cancellationToken) =>
        await connection.ExecuteAsync(new CommandDefinition(
            OpportunitySql.OpenStage,
            new { id = row.Id, stage = row.Stage, probability = row.Probability, at = DbValues.ToUtcParameter(now), by },
            transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false);

    /// <summary>Closes the open stage visit, if any.</summary>
    public static async Task CloseStageAsync(DbConnection connection, DbTransaction transaction, long id, DateTimeOffset now, CancellationToken cancellationToken) =>
        await connection.ExecuteAsync(new CommandDefinition(OpportunitySql.CloseStage, new { id, at = DbValues.ToUtcParameter(now) }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
}
