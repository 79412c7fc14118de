using Crm.Abstractions.Erp;
using Crm.Abstractions.Extensibility;

namespace Crm.TestPlugin.Vehicles;

/// <summary>Imports one vehicle per run into the plugin's table: the VIN comes from the job's <c>vin</c> parameter.</summary>
public sealed class VehicleImportJob(IErpDatabase database) : ICrmJob
{
    public string Code => "veh.import";

    public string Name => "Vehicle import (test plugin)";

    public string DefaultSchedule => "0 0 3 * * ?";

    public async Task ExecuteAsync(CrmJobContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var vin = context.Parameters.TryGetValue("vin", out var configured) ? configured : "UNKNOWN";
        await using var connection = database.CreateConnection();
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO veh_vehicles (vin, imported_at) VALUES (@vin, @at)";
        AddParameter(command, "@vin", vin);
        AddParameter(command, "@at", DateTime.SpecifyKind(context.Now.UtcDateTime, DateTimeKind.Unspecified));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static void AddParameter(System.Data.Common.DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
