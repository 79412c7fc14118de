using System.Collections;
using System.Data.Common;
using System.Globalization;
using Crm.Abstractions.Erp;

namespace Crm.Benchmarks.Setup;

/// <summary>
/// The baselines' side: a plain <see cref="DbCommand"/> with parameters, read with a
/// <see cref="DbDataReader"/> into plain rows (one object per column), result set after result set.
/// </summary>
internal static class RawCommand
{
    public static DbCommand Create(DbConnection connection, string sql, IReadOnlyDictionary<string, object?> parameters, DbTransaction? transaction = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(parameters);
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

#pragma warning disable CA2100 // The text is the add-on's own SQL; every value is a parameter.
        command.CommandText = sql;
#pragma warning restore CA2100
        return command;
    }

    /// <summary>Every row of every result set, each row as its column values.</summary>
    public static async Task<List<object[]>> ReadAllAsync(DbCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var rows = new List<object[]>();
        var reader = await command.ExecuteReaderAsync().ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            do
            {
                while (await reader.ReadAsync().ConfigureAwait(false))
                {
                    var values = new object[reader.FieldCount];
                    reader.GetValues(values);
                    rows.Add(values);
                }
            }
            while (await reader.NextResultAsync().ConfigureAwait(false));
        }

        return rows;
    }

    /// <summary>
    /// SQLite has no array parameters: where the add-on writes <c>IN @list</c>, Dapper binds one
    /// parameter per item; the baseline does the same. PostgreSQL takes the array as it is (<c>= ANY(@list)</c>).
    /// </summary>
    public static string ExpandList(DatabaseEngine engine, string sql, string name, IList values, Dictionary<string, object?> parameters)
    {
        ArgumentNullException.ThrowIfNull(sql);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(parameters);
        if (engine != DatabaseEngine.Sqlite)
        {
            parameters[name] = values;
            return sql;
        }

        var names = new List<string>(values.Count);
        for (var i = 0; i < values.Count; i++)
        {
            var item = string.Create(CultureInfo.InvariantCulture, $"{name}{i + 1}");
            parameters[item] = values[i];
            names.Add("@" + item);
        }

        return sql.Replace("@" + name, "(" + string.Join(", ", names) + ")", StringComparison.Ordinal);
    }
}
