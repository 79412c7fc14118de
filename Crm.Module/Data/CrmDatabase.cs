using System.Data.Common;
using Crm.Abstractions.Erp;
using Crm.Module.Data.Dialects;

namespace Crm.Module.Data;

/// <summary>Opens connections to the database the host supplies and knows its dialect.</summary>
internal sealed class CrmDatabase(IErpDatabase database)
{
    public ISqlDialect Dialect { get; } = SqlDialects.For(database.Engine);

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = database.CreateConnection();
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
