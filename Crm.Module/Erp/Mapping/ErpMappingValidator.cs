using System.Data.Common;
using Crm.Abstractions.Erp;
using Dapper;

namespace Crm.Module.Erp.Mapping;

/// <summary>
/// Checks at start-up that every mapped table, column and expression exists, by preparing a
/// <c>WHERE 1 = 0</c> query per setting: no rows are read and nothing is written.
/// </summary>
internal static class ErpMappingValidator
{
    public static async Task ValidateAsync(IErpDatabase database, ErpViews views, CancellationToken cancellationToken)
    {
        await using var connection = database.CreateConnection();
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        foreach (var probe in views.Probes)
        {
            try
            {
                await connection.ExecuteScalarAsync(new CommandDefinition(probe.Sql, cancellationToken: cancellationToken)).ConfigureAwait(false);
            }
            catch (DbException e)
            {
                throw new ErpMappingException(probe.Setting, $"the database rejected it ({e.Message.Trim()}).", e);
            }
        }
    }
}
