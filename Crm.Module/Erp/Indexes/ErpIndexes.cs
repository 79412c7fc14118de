using System.Data.Common;
using Crm.Abstractions.Erp;
using Crm.Abstractions.Security;
using Crm.Module.Data;
using Crm.Module.Erp.Mapping;
using Dapper;
using Microsoft.Extensions.Logging;

namespace Crm.Module.Erp.Indexes;

/// <summary>
/// The ERP indexes the add-on needs (Admin only): which are present, and creating the missing ones
/// on request. The add-on never creates them by itself: the ERP's tables are the ERP's.
/// </summary>
internal sealed partial class ErpIndexes(CrmDatabase database, ErpMapping mapping, ICurrentUser user, ILogger<ErpIndexes> logger)
{
    public const string Present = "present";
    public const string Missing = "missing";
    public const string Unavailable = "unavailable";

    public async Task<ErpIndexReport> GetAsync(CancellationToken cancellationToken)
    {
        user.Demand(Messages.ActionManageErpIndexes, CrmRoles.Admin);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await ReportAsync(connection, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Creates every missing index, one statement each; an index another session created meanwhile is skipped (IF NOT EXISTS).</summary>
    public async Task<ErpIndexCreation> CreateMissingAsync(CancellationToken cancellationToken)
    {
        user.Demand(Messages.ActionManageErpIndexes, CrmRoles.Admin);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var before = await ReportAsync(connection, cancellationToken).ConfigureAwait(false);
        var created = new List<string>();
        var failed = new List<ErpIndexFailure>();
        var extensionReady = before.TrigramExtension is null or "installed";
        foreach (var index in before.Indexes.Where(i => i.Status == Missing))
        {
            try
            {
                if (index.Method == nameof(ErpIndexMethod.Trigram) && !extensionReady)
                {
                    await ExecuteAsync(connection, ErpIndexDdl.TrigramExtension, cancellationToken).ConfigureAwait(false);
                    extensionReady = true;
                }

                await ExecuteAsync(connection, index.Statement, cancellationToken).ConfigureAwait(false);
                created.Add(index.Name);
                LogCreated(logger, index.Name, index.Table, user.UserName);
            }
            catch (DbException e)
            {
                failed.Add(new ErpIndexFailure(index.Name, e.Message));
                LogFailed(logger, e, index.Name, index.Table);
            }
        }

        return new ErpIndexCreation(created, failed, await ReportAsync(connection, cancellationToken).ConfigureAwait(false));
    }

    private async Task<ErpIndexReport> ReportAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var dialect = database.Dialect;
        var needs = ErpIndexCatalog.For(mapping.Options, dialect.Engine);
        string? extension = null;
        if (dialect.Engine == DatabaseEngine.PostgreSql)
        {
            var (installed, available) = await ErpIndexInspector.TrigramAsync(connection, cancellationToken).ConfigureAwait(false);
            extension = installed ? "installed" : available ? "available" : Unavailable;
        }

        var existing = new Dictionary<string, IReadOnlyList<ExistingIndex>>(StringComparer.OrdinalIgnoreCase);
        var states = new List<ErpIndexState>();
        foreach (var need in needs)
        {
            if (!existing.TryGetValue(need.Table, out var indexes))
            {
                indexes = await ErpIndexInspector.ReadAsync(connection, dialect.Engine, need.Table, dialect.QuoteQualified(need.Table), cancellationToken).ConfigureAwait(false);
                existing[need.Table] = indexes;
            }

            var status = indexes.Any(i => i.Serves(need)) ? Present
                : need.Method == ErpIndexMethod.Trigram && extension == Unavailable ? Unavailable
                : Missing;
            states.Add(new ErpIndexState(need.Name, need.Table, need.Columns, need.Method.ToString(), need.Why, status, ErpIndexDdl.For(need, dialect)));
        }

        return new ErpIndexReport(dialect.Engine.ToString(), extension, states);
    }

    // Building an index over millions of rows takes minutes: no command timeout.
    private static Task<int> ExecuteAsync(DbConnection connection, string statement, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(statement, commandTimeout: 0, cancellationToken: cancellationToken));

    [LoggerMessage(Level = LogLevel.Information, Message = "ERP index {Index} created on {Table} by {User}")]
    private static partial void LogCreated(ILogger logger, string index, string table, string user);

    [LoggerMessage(Level = LogLevel.Warning, Message = "ERP index {Index} on {Table} could not be created")]
    private static partial void LogFailed(ILogger logger, Exception exception, string index, string table);
}
