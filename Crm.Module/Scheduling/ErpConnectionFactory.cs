using System.Data.Common;
using Crm.Abstractions.Erp;

namespace Crm.Module.Scheduling;

/// <summary>
/// Hands Quartz's job store the host's connections. Quartz would otherwise find the driver by a
/// provider name and load its types by name, which inside the add-on's plugin load context finds
/// no driver (the drivers live in the host) or a second copy whose native parts cannot load.
/// Connections come from <see cref="IErpDatabase.CreateConnection"/>; commands and parameters
/// from those connections, so every object is the host driver's own.
/// </summary>
internal sealed class ErpConnectionFactory(IErpDatabase database) : DbProviderFactory
{
    public override DbConnection CreateConnection() => database.CreateConnection();

    public override DbCommand CreateCommand()
    {
        using var connection = database.CreateConnection();
        return connection.CreateCommand();
    }

    public override DbParameter CreateParameter()
    {
        using var command = CreateCommand();
        return command.CreateParameter();
    }
}
