using System.Data.Common;
using System.Text;
using Dapper;

namespace Crm.Module.Data;

/// <summary>
/// Writes collected from several parts of one operation (the audit entry, the outbox rows) and sent
/// as one command: one round trip on a server instead of one per statement. Each added statement's
/// parameters get a prefix of their own, so two parts may use the same names.
/// </summary>
internal sealed class WriteBatch
{
    private readonly StringBuilder _statements = new();
    private DynamicParameters _parameters = new();
    private int _count;

    public bool IsEmpty => _count == 0;

    /// <summary>Adds a statement whose parameters (<c>@name</c>, every <c>@</c> in it is one) are the properties of <paramref name="parameters"/>.</summary>
    public void Add(string statement, IEnumerable<KeyValuePair<string, object?>> parameters)
    {
        ArgumentNullException.ThrowIfNull(statement);
        ArgumentNullException.ThrowIfNull(parameters);
        var prefix = "w" + _count.ToString(System.Globalization.CultureInfo.InvariantCulture) + "_";
        _statements.Append(statement.Replace("@", "@" + prefix, StringComparison.Ordinal)).Append(";\n");
        foreach (var (name, value) in parameters)
        {
            _parameters.Add(prefix + name, value);
        }

        _count++;
    }

    /// <summary>Sends what was added, in order, and starts empty again.</summary>
    public async Task ExecuteAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (_count == 0)
        {
            return;
        }

        var statements = _statements.ToString();
        var parameters = _parameters;
        _statements.Clear();
        _parameters = new DynamicParameters();
        _count = 0;
        await connection.ExecuteAsync(new CommandDefinition(statements, parameters, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
    }
}
