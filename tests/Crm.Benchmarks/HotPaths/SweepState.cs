using System.Data.Common;
using Crm.Benchmarks.Setup;
using Npgsql;

namespace Crm.Benchmarks.HotPaths;

/// <summary>
/// The tables a follow-up sweep writes, as they were before it: the highest id of each (new rows
/// only ever get higher ones), the audit chain's head, and a copy of the audit states (a sweep adds
/// one per new activity). <see cref="ResetAsync"/> puts them back, which is what makes every
/// iteration of the full sweep a first sweep again, on the benchmark's own copy of the database.
/// </summary>
internal sealed class SweepState
{
    private const string StatesCopy = "bench_sweep_audit_states";

    // Written by a sweep, with the column that orders their new rows.
    private static readonly (string Table, string Id)[] Written =
    [
        ("crm_activities", "id"),
        ("crm_follow_ups", "id"),
        ("crm_outbox", "id"),
        ("crm_audit_log", "seq"),
        ("crm_follow_up_runs", "id"),
    ];

    private readonly AddOn _addOn;
    private readonly Dictionary<string, object?> _before;

    private SweepState(AddOn addOn, Dictionary<string, object?> before)
    {
        _addOn = addOn;
        _before = before;
    }

    public static async Task<SweepState> CaptureAsync(AddOn addOn)
    {
        var connection = await addOn.OpenRawAsync().ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var before = new Dictionary<string, object?>();
            foreach (var (table, id) in Written)
            {
                before[table] = await ScalarAsync(connection, $"SELECT COALESCE(MAX({id}), 0) FROM {table}").ConfigureAwait(false);
            }

            before["headSeq"] = await ScalarAsync(connection, "SELECT last_seq FROM crm_audit_head WHERE id = 1").ConfigureAwait(false);
            before["headHash"] = await ScalarAsync(connection, "SELECT last_hash FROM crm_audit_head WHERE id = 1").ConfigureAwait(false);
            await ExecuteAsync(connection, $"DROP TABLE IF EXISTS {StatesCopy}; CREATE TABLE {StatesCopy} AS SELECT * FROM crm_audit_states").ConfigureAwait(false);
            return new SweepState(addOn, before);
        }
    }

    /// <summary>Removes every row written since the capture and puts the audit head and states back.</summary>
    public async Task ResetAsync()
    {
        var connection = await _addOn.OpenRawAsync().ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = await connection.BeginTransactionAsync().ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                foreach (var (table, id) in Written)
                {
                    await ExecuteAsync(connection, $"DELETE FROM {table} WHERE {id} > @before", new() { ["before"] = _before[table] }, transaction).ConfigureAwait(false);
                }

                await ExecuteAsync(connection, "UPDATE crm_audit_head SET last_seq = @headSeq, last_hash = @headHash WHERE id = 1", _before, transaction).ConfigureAwait(false);
                await ExecuteAsync(connection, $"DELETE FROM crm_audit_states; INSERT INTO crm_audit_states SELECT * FROM {StatesCopy}", [], transaction).ConfigureAwait(false);
                await transaction.CommitAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>The rows a sweep wrote since the capture, table by table (the baseline writes them again).</summary>
    public async Task<IReadOnlyList<TableRows>> WrittenSinceAsync()
    {
        var connection = await _addOn.OpenRawAsync().ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var tables = new List<TableRows>();
            foreach (var (table, id) in Written.Where(w => w.Table != "crm_follow_up_runs"))
            {
                tables.Add(await ReadAsync(connection, table, $"SELECT * FROM {table} WHERE {id} > @before ORDER BY {id}", new() { ["before"] = _before[table] }).ConfigureAwait(false));
            }

            tables.Add(await ReadAsync(connection, "crm_audit_states",
                $"SELECT s.* FROM crm_audit_states s WHERE NOT EXISTS (SELECT 1 FROM {StatesCopy} c WHERE c.entity = s.entity AND c.record_key = s.record_key)", []).ConfigureAwait(false));
            return tables;
        }
    }

    /// <summary>
    /// The rows as plain INSERTs, one prepared statement per table, in <paramref name="batches"/>
    /// transactions that each take an equal share of every table.
    /// </summary>
    public static async Task InsertAsync(DbConnection connection, IReadOnlyList<TableRows> tables, int batches)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(tables);
        for (var batch = 0; batch < batches; batch++)
        {
            var transaction = await connection.BeginTransactionAsync().ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                foreach (var table in tables)
                {
                    var share = (table.Rows.Count + batches - 1) / batches;
                    var rows = table.Rows.Skip(batch * share).Take(share).ToList();
                    if (rows.Count == 0)
                    {
                        continue;
                    }

                    var parameters = table.Columns.Select((_, i) => ("p" + i, (object?)null)).ToDictionary(p => p.Item1, p => p.Item2);
                    // The ids are the add-on's own: PostgreSQL's identity columns (GENERATED ALWAYS) take them only when told.
                    var overriding = connection is NpgsqlConnection ? " OVERRIDING SYSTEM VALUE" : string.Empty;
                    var sql = $"INSERT INTO {table.Table} ({string.Join(", ", table.Columns)}){overriding} VALUES ({string.Join(", ", parameters.Keys.Select(p => "@" + p))})";
                    using var command = RawCommand.Create(connection, sql, parameters, transaction);
                    foreach (var row in rows)
                    {
                        for (var i = 0; i < row.Length; i++)
                        {
                            command.Parameters[i].Value = row[i];
                        }

                        await command.ExecuteNonQueryAsync().ConfigureAwait(false);
                    }
                }

                await transaction.CommitAsync().ConfigureAwait(false);
            }
        }
    }

    private static async Task<TableRows> ReadAsync(DbConnection connection, string table, string sql, Dictionary<string, object?> parameters)
    {
        using var command = RawCommand.Create(connection, sql, parameters);
        var reader = await command.ExecuteReaderAsync().ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
            var rows = new List<object[]>();
            while (await reader.ReadAsync().ConfigureAwait(false))
            {
                var values = new object[reader.FieldCount];
                reader.GetValues(values);
                rows.Add(values);
            }

            return new TableRows(table, columns, rows);
        }
    }

    private static async Task<object?> ScalarAsync(DbConnection connection, string sql)
    {
        using var command = RawCommand.Create(connection, sql, new Dictionary<string, object?>());
        return await command.ExecuteScalarAsync().ConfigureAwait(false);
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql, Dictionary<string, object?>? parameters = null, DbTransaction? transaction = null)
    {
        using var command = RawCommand.Create(connection, sql, parameters ?? [], transaction);
        await command.ExecuteNonQueryAsync().ConfigureAwait(false);
    }

    /// <summary>Rows of one table, with its column names.</summary>
    internal sealed record TableRows(string Table, IReadOnlyList<string> Columns, IReadOnlyList<object[]> Rows);
}
